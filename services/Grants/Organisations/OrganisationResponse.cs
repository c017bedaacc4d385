namespace Rete.Grants.Organisations;

/// <summary>What Grants knows of an organisation; <c>known</c> is false while only a status event has arrived.</summary>
public sealed record OrganisationResponse(Guid Id, string? Name, string? Kind, string? TaxCode, string Status, bool Known, bool Active, int Version)
{
    public static OrganisationResponse From(Organisation o) => new(o.Id, o.Name, o.Kind, o.TaxCode, o.Status, o.IsKnown, o.IsActive, o.Version);
}
