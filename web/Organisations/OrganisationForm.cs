using Microsoft.AspNetCore.Http;

namespace Rete.Web.Organisations;

/// <summary>
/// The organisation form's values as posted: read from the form itself (every field a plain input, the areas and
/// groups checkboxes of one name), so what the person typed comes back unchanged beside the API's errors.
/// </summary>
public sealed class OrganisationForm
{
    public string? Name { get; set; }
    public string? Kind { get; set; }
    public string? TaxCode { get; set; }
    public string? Address { get; set; }
    public string? MunicipalityIstat { get; set; }
    public string? District { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Website { get; set; }
    public IReadOnlyList<string> Areas { get; set; } = [];
    public IReadOnlyList<string> TargetGroups { get; set; } = [];
    public Guid? ParentId { get; set; }
    public string? Notes { get; set; }

    public static OrganisationForm From(Organisation o) => new()
    {
        Name = o.Name, Kind = o.Kind, TaxCode = o.TaxCode, Address = o.Address, MunicipalityIstat = o.MunicipalityIstat,
        District = o.District, Email = o.Email, Phone = o.Phone, Website = o.Website, Areas = o.Areas,
        TargetGroups = o.TargetGroups, ParentId = o.ParentId, Notes = o.Notes,
    };

    public static OrganisationForm From(IFormCollection form) => new()
    {
        Name = Text(form, "name"), Kind = Text(form, "kind"), TaxCode = Text(form, "taxCode"), Address = Text(form, "address"),
        MunicipalityIstat = Text(form, "municipalityIstat"), District = Text(form, "district"), Email = Text(form, "email"),
        Phone = Text(form, "phone"), Website = Text(form, "website"),
        Areas = [.. form["areas"].OfType<string>()], TargetGroups = [.. form["targetGroups"].OfType<string>()],
        ParentId = Guid.TryParse(form["parentId"], out var parent) ? parent : null, Notes = Text(form, "notes"),
    };

    public OrganisationRequest ToRequest() =>
        new(Name, Kind, TaxCode, Address, MunicipalityIstat, District, Email, Phone, Website, Areas, TargetGroups, ParentId, Notes);

    // An empty field is "not given" for the API, which checks only what it receives.
    private static string? Text(IFormCollection form, string key) =>
        form[key].ToString().Trim() is { Length: > 0 } value ? value : null;
}
