using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Rete.ServiceDefaults.Telemetry;

/// <summary>The platform's own instruments, shared by every service (names from ARCHITECTURE.md).</summary>
public static class ReteTelemetry
{
    public const string MessagingName = "Rete.Messaging";

    public static readonly ActivitySource Messaging = new(MessagingName);

    private static readonly Meter MessagingMeter = new(MessagingName);

    public static readonly Histogram<double> OutboxDispatchDuration = MessagingMeter.CreateHistogram<double>(
        "rete.outbox.dispatch.duration", "ms", "Time from an event's commit to its publication on the broker.");

    public static readonly Histogram<double> ConsumerLag = MessagingMeter.CreateHistogram<double>(
        "rete.consumer.lag", "ms", "Time from an event's occurrence to the commit of its consumer's effect.");

    public static readonly Counter<long> OutboxParked = MessagingMeter.CreateCounter<long>(
        "rete.outbox.parked", "{message}", "Outbox rows set aside because they can never be published.");

    public static readonly Counter<long> RetentionDeleted = MessagingMeter.CreateCounter<long>(
        "rete.retention.deleted", "{row}", "Outbox, inbox and idempotency rows deleted once past their retention period.");

    private static long outboxPending;

    static ReteTelemetry() =>
        MessagingMeter.CreateObservableGauge("rete.outbox.pending", () => Interlocked.Read(ref outboxPending), "{message}",
            "Events committed but not yet published, as last seen by the dispatcher.");

    public static void SetOutboxPending(long count) => Interlocked.Exchange(ref outboxPending, count);
}
