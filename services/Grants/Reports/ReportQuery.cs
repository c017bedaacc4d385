using System.Security.Claims;
using Rete.Grants.Awards;

namespace Rete.Grants.Reports;

/// <summary>
/// What every report reads: the tenant's decided grants (drafts are not decisions) in a range of years, and whether
/// the caller may see budgets. A partner sees its own organisation's grants and no budget or stipend figures.
/// </summary>
internal sealed record ReportQuery(IQueryable<Grant> Grants, bool ShowsBudgets, int? From, int? To)
{
    public static bool TryCreate(
        GrantsDbContext db, ClaimsPrincipal user, int? from, int? to, bool required, out ReportQuery query, out Dictionary<string, string[]> errors)
    {
        errors = [];
        if (required && from is null)
        {
            errors["from"] = ["Indicare l'anno iniziale (from)."];
        }

        if (required && to is null)
        {
            errors["to"] = ["Indicare l'anno finale (to)."];
        }

        if (from is < 1990 or > 2100)
        {
            errors["from"] = ["L'anno deve essere compreso tra 1990 e 2100."];
        }

        if (to is < 1990 or > 2100)
        {
            errors["to"] = ["L'anno deve essere compreso tra 1990 e 2100."];
        }
        else if (from is not null && to < from)
        {
            errors["to"] = ["L'anno finale non può precedere quello iniziale."];
        }

        var grants = db.Grants.AsQueryable().VisibleTo(user).Where(g => g.Status != GrantStatus.Draft);
        if (from is not null)
        {
            grants = grants.Where(g => g.YearFrom >= from);
        }

        if (to is not null)
        {
            grants = grants.Where(g => g.YearFrom <= to);
        }

        query = new ReportQuery(grants, !GrantAccess.SeesOnlyOwnGrants(user), from, to);
        return errors.Count == 0;
    }

    public bool InRange(int year) => (From is null || year >= From) && (To is null || year <= To);
}
