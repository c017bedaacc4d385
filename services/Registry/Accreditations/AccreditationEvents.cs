using Rete.Contracts.Registry;
using Rete.ServiceDefaults.Json;

namespace Rete.Registry.Accreditations;

/// <summary>Builds the integration events an accreditation's changes raise.</summary>
internal static class AccreditationEvents
{
    public static AccreditationGranted Granted(Accreditation a, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), a.TenantId, now, a.Id, a.OrganisationId, a.Version, a.Region, a.RegisterNumber,
        EnumText.Name(a.Kind), EnumText.Name(a.Stage), a.ValidFrom, a.ValidTo);

    public static AccreditationRenewed Renewed(Accreditation a, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), a.TenantId, now, a.Id, a.OrganisationId, a.Version, EnumText.Name(a.Stage), a.ValidTo);

    public static AccreditationExpired Expired(Accreditation a, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), a.TenantId, now, a.Id, a.OrganisationId, a.Version, a.ExpiredOn!.Value, a.ExpiryReason);
}
