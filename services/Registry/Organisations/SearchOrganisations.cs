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
        if (q is { Length: > 200 })
        {
            errors["q"] = ["La ricerca può avere al massimo 200 caratteri."];
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

        if (!string.IsNullOrWhiteSpace(q))
        {
            query = Matching(query, q, page);
        }

        return TypedResults.Ok(await query.ToPageAsync(page, OrganisationResponse.From, ct));
    }

    // Full-text OR a name fragment, each condition through its own index (GIN on the vector, trigram GIN on the
    // name) and each taking only the page's first rows in id order; the page is then the first rows of their union.
    // Written as one OR, PostgreSQL walks the tenant's rows in id order until a page matches, which for a word that
    // matches nothing is every row of the tenant. Every other filter and the cursor apply inside both halves.
    private static IQueryable<Organisation> Matching(IQueryable<Organisation> query, string q, PageRequest page)
    {
        if (page.After is { } after)
        {
            query = query.Where(o => o.Id.CompareTo(after) > 0);
        }

        var fragment = "%" + q.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
        var byText = query
            .Where(o => EF.Property<NpgsqlTsVector>(o, OrganisationConfiguration.SearchVector).Matches(EF.Functions.WebSearchToTsQuery("italian", q)))
            .OrderBy(o => o.Id).Take(page.Limit + 1).Select(o => o.Id);
        var byName = query
            .Where(o => EF.Functions.ILike(o.Name, fragment, "\\"))
            .OrderBy(o => o.Id).Take(page.Limit + 1).Select(o => o.Id);
        var ids = byText.Union(byName);
        return query.Where(o => ids.Contains(o.Id));
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
