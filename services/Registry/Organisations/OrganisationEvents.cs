using Rete.Contracts.Registry;
using Rete.ServiceDefaults.Json;

namespace Rete.Registry.Organisations;

/// <summary>Builds the integration events an organisation's changes raise.</summary>
internal static class OrganisationEvents
{
    public static OrganisationRegistered Registered(Organisation o, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), o.TenantId, now, o.Id, o.Version, o.Name, EnumText.Name(o.Kind), o.TaxCode,
        o.MunicipalityIstat, o.District, EnumText.Name(o.Status), o.ParentId);

    public static OrganisationUpdated Updated(Organisation o, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), o.TenantId, now, o.Id, o.Version, o.Name, EnumText.Name(o.Kind), o.TaxCode,
        o.MunicipalityIstat, o.District, EnumText.Name(o.Status), o.ParentId);

    public static OrganisationSnapshotPublished Snapshot(Organisation o, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), o.TenantId, now, o.Id, o.Version, o.Name, EnumText.Name(o.Kind), o.TaxCode,
        o.MunicipalityIstat, o.District, EnumText.Name(o.Status), o.ParentId);

    public static OrganisationSuspended Suspended(Organisation o, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), o.TenantId, now, o.Id, o.Version, o.StatusReason);

    public static OrganisationReactivated Reactivated(Organisation o, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), o.TenantId, now, o.Id, o.Version);

    public static OrganisationClosed Closed(Organisation o, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), o.TenantId, now, o.Id, o.Version, o.StatusReason);
}
