namespace Rete.Registry.Organisations;

public sealed record OrganisationResponse(
    Guid Id,
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
    string? Notes,
    OrganisationStatus Status,
    string? StatusReason,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static OrganisationResponse From(Organisation o) => new(
        o.Id, o.Name, o.Kind, o.TaxCode, o.Address, o.MunicipalityIstat, o.District, o.Email, o.Phone, o.Website,
        o.Areas, o.TargetGroups, o.ParentId, o.Notes, o.Status, o.StatusReason, o.Version, o.CreatedAt, o.UpdatedAt);
}
