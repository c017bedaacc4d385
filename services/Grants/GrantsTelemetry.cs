using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Rete.Grants;

/// <summary>Grants' own span source and business counters (both named "Rete.Grants"), for the ops dashboards.</summary>
internal static class GrantsTelemetry
{
    public const string Name = "Rete.Grants";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    public static readonly Counter<long> GrantsApproved =
        Meter.CreateCounter<long>("rete.grants.approved", "{grant}", "Grants whose resolution was approved.");

    public static readonly Counter<double> Disbursed =
        Meter.CreateCounter<double>("rete.grants.disbursed", "EUR", "Money paid to beneficiaries.");

    public static readonly Counter<long> Reservations =
        Meter.CreateCounter<long>("rete.grants.reservations", "{reservation}", "Stipend reservation decisions, by outcome.");
}
