namespace Rete.Registry.Organisations;

/// <summary>What a client says about an organisation, to register it or to replace its details.</summary>
public sealed record OrganisationDetails(
    string Name,
    OrganisationKind Kind,
    string? TaxCode,
    string? Address,
    string? MunicipalityIstat,
    string? District,
    string? Email,
    string? Phone,
    string? Website,
    IReadOnlyList<InterventionArea> Areas,
    IReadOnlyList<TargetGroup> TargetGroups,
    Guid? ParentId,
    string? Notes);
