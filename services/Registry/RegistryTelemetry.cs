using System.Diagnostics.Metrics;

namespace Rete.Registry;

/// <summary>The Registry's business counters (meter "Rete.Registry"), for the ops dashboards.</summary>
internal static class RegistryTelemetry
{
    private static readonly Meter Meter = new("Rete.Registry");

    public static readonly Counter<long> OrganisationsRegistered =
        Meter.CreateCounter<long>("rete.registry.organisations.registered", "{organisation}", "Organisations registered.");

    public static readonly Counter<long> MeetingsRecorded =
        Meter.CreateCounter<long>("rete.registry.meetings.recorded", "{meeting}", "Network table meetings recorded.");
}
