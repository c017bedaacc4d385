using Rete.Contracts;
using Rete.Contracts.Registry;
using Rete.ServiceDefaults.Data;

namespace Rete.Indicators.Organisations;

/// <summary>A regional accreditation of an organisation, folded from the Registry's events.</summary>
public sealed class AccreditationFigure : ITenantOwned
{
    private AccreditationFigure()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid OrganisationId { get; private set; }

    /// <summary>"servicesForWork" or "training"; null until the grant arrives.</summary>
    public string? Kind { get; private set; }

    public string? Stage { get; private set; }

    public DateOnly? ValidFrom { get; private set; }

    public DateOnly? ValidTo { get; private set; }

    public DateOnly? ExpiredOn { get; private set; }

    public static AccreditationFigure? Fold(string tenantId, Guid id, IEnumerable<IIntegrationEvent> events)
    {
        AccreditationFigure? a = null;
        foreach (var e in events)
        {
            switch (e)
            {
                case AccreditationGranted m:
                    a ??= new AccreditationFigure { TenantId = tenantId, Id = id, OrganisationId = m.OrganisationId };
                    (a.Kind, a.Stage, a.ValidFrom, a.ValidTo) = (m.Kind, m.Stage, m.ValidFrom, m.ValidTo);
                    break;
                case AccreditationRenewed m:
                    a ??= new AccreditationFigure { TenantId = tenantId, Id = id, OrganisationId = m.OrganisationId };
                    (a.Stage, a.ValidTo) = (m.Stage, m.ValidTo);
                    break;
                case AccreditationExpired m:
                    a ??= new AccreditationFigure { TenantId = tenantId, Id = id, OrganisationId = m.OrganisationId };
                    a.ExpiredOn = m.ExpiredOn;
                    break;
            }
        }

        return a;
    }
}
