using System.Globalization;
using Rete.Web.Apis;
using Rete.Web.People;

namespace Rete.Web.Grants;

/// <summary>Reads the grants forms: what the form cannot read is said beside its field, before anything is sent.</summary>
public static class GrantForms
{
    public static decimal? Amount(IFormCollection form, string key, Dictionary<string, string[]> errors)
    {
        if (PeopleForms.Text(form, key) is not { } text)
        {
            return null;
        }

        if (GrantLabels.TryParseAmount(text, out var amount))
        {
            return amount;
        }

        errors[key] = ["Scrivere un importo, per esempio 1.234,56."];
        return null;
    }

    public static int? Year(IFormCollection form, string key, Dictionary<string, string[]> errors)
    {
        if (PeopleForms.Text(form, key) is not { } text)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return year;
        }

        errors[key] = ["Scrivere l'anno in cifre, per esempio 2015."];
        return null;
    }

    public static Guid? Id(IFormCollection form, string key) => Guid.TryParse(form[key], out var id) ? id : null;

    /// <summary>The resolution's fields, or none when all are empty.</summary>
    public static Resolution? Resolution(IFormCollection form)
    {
        var resolution = new Resolution(PeopleForms.Text(form, "resolutionNumber"), PeopleForms.Date(form, "resolutionDate"), PeopleForms.Text(form, "resolutionOffice"));
        return resolution is { Number: null, Date: null, Office: null } ? null : resolution;
    }

    /// <summary>Grants' broken rules about money, placed beside the amount they concern.</summary>
    public static ApiProblem? BesideField(ApiProblem? problem) => problem switch
    {
        { Status: 409, Code: "award-exceeds-project-cost" } => Field(problem, "totalProjectCost"),
        { Status: 409, Code: "insufficient-funds" or "reduction-below-disbursed" or "reduction-to-zero" or "exceeds-award" } => Field(problem, "amount"),
        _ => problem,
    };

    private static ApiProblem Field(ApiProblem problem, string field) =>
        problem with { Errors = new Dictionary<string, string[]> { [field] = [problem.Detail ?? problem.Message] } };
}
