using Rete.Contracts;
using Rete.Contracts.Registry;
using Rete.ServiceDefaults.Data;

namespace Rete.Indicators.Organisations;

/// <summary>An organisation of the network as the Registry's events describe it: what the figures count and cut by.</summary>
public sealed class OrganisationFigure : ITenantOwned
{
    public const string Active = "active";

    private OrganisationFigure()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    /// <summary>Null until the registration (or a snapshot) arrives: a status event may come first.</summary>
    public string? Kind { get; private set; }

    public string? MunicipalityIstat { get; private set; }

    public string? District { get; private set; }

    public string Status { get; private set; } = Active;

    public int Version { get; private set; }

    /// <summary>The fold of the organisation's events, in version order.</summary>
    public static OrganisationFigure Fold(string tenantId, Guid id, IEnumerable<IIntegrationEvent> events)
    {
        var o = new OrganisationFigure { TenantId = tenantId, Id = id };
        foreach (var e in events)
        {
            switch (e)
            {
                case OrganisationRegistered m:
                    o.Details(m.Kind, m.MunicipalityIstat, m.District, m.Status, m.Version);
                    break;
                case OrganisationUpdated m:
                    o.Details(m.Kind, m.MunicipalityIstat, m.District, m.Status, m.Version);
                    break;
                case OrganisationSnapshotPublished m:
                    o.Details(m.Kind, m.MunicipalityIstat, m.District, m.Status, m.Version);
                    break;
                case OrganisationSuspended m:
                    (o.Status, o.Version) = ("suspended", m.Version);
                    break;
                case OrganisationReactivated m:
                    (o.Status, o.Version) = (Active, m.Version);
                    break;
                case OrganisationClosed m:
                    (o.Status, o.Version) = ("closed", m.Version);
                    break;
            }
        }

        return o;
    }

    private void Details(string kind, string? municipalityIstat, string? district, string status, int version) =>
        (Kind, MunicipalityIstat, District, Status, Version) = (kind, municipalityIstat, district, status, version);
}
