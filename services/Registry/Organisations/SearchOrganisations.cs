using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;
using Rete.ServiceDefaults.Http;
using Rete.ServiceDefaults.Json;

namespace Rete.Registry.Organisations;

/// <summary>Lists the tenant's organisations, filtered by Italian full-text (or a name fragment), kind, municipality, area, target group and status.</summary>
public static partial class SearchOrganisations
{
    public static RouteHandlerBuilder MapSearchOrganisations(this RouteGroupBuilder group) =>
        group.MapGet("/", HandleAsync).RequireAuthorization(RegistryPolicies.Read);

    private static async Task<Results<Ok<Page<OrganisationResponse>>, ValidationProblem>> HandleAsync(
        RegistryDbContext db, CancellationToken ct, string? q = null, string? kind = null, string? municipality = null,
        string? area = null, string? targetGroup = null, string? status = null, int? limit = null, string? cursor = null)
    {
        var errors = new Dictionary<string, string[]>();
        var query = db.Organisations.AsQueryable();
        if (!string.IsNullOrWhiteSpace(q))
        {
            if (q.Length > 200)
            {
                errors["q"] = ["La ricerca può avere al massimo 200 caratteri."];
            }

            var fragment = "%" + q.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            query = query.Where(o => EF.Property<NpgsqlTsVector>(o, OrganisationConfiguration.SearchVector).Matches(EF.Functions.WebSearchToTsQuery("italian", q))
                || EF.Functions.ILike(o.Name, fragment, "\\"));
        }

        query = Filter<OrganisationKind>(query, kind, "kind", errors, k => o => o.Kind == k);
        query = Filter<InterventionArea>(query, area, "area", errors, a => o => o.Areas.Contains(a));
        query = Filter<TargetGroup>(query, targetGroup, "targetGroup", errors, t => o => o.TargetGroups.Contains(t));
        query = Filter<OrganisationStatus>(query, status, "status", errors, s => o => o.Status == s);
        if (!string.IsNullOrWhiteSpace(municipality))
        {
            // A name or a malformed code would only ever match nothing: say so rather than answer an empty page.
            if (!IstatCode().IsMatch(municipality))
            {
                errors["municipality"] = ["Il codice ISTAT del comune ha 6 cifre."];
            }

            query = query.Where(o => o.MunicipalityIstat == municipality);
        }

        var page = PageRequest.Parse(limit, cursor, errors);

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Richiesta non valida");
        }

        return TypedResults.Ok(await query.ToPageAsync(page, OrganisationResponse.From, ct));
    }

    private static IQueryable<Organisation> Filter<TEnum>(
        IQueryable<Organisation> query, string? text, string field, Dictionary<string, string[]> errors,
        Func<TEnum, System.Linq.Expressions.Expression<Func<Organisation, bool>>> predicate)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return query;
        }

        if (!EnumText.TryParse<TEnum>(text, out var value))
        {
            errors[field] = [$"Valore non ammesso. Valori possibili: {EnumText.Names<TEnum>()}."];
            return query;
        }

        return query.Where(predicate(value));
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[0-9]{6}$")]
    private static partial System.Text.RegularExpressions.Regex IstatCode();
}
