using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Rete.Grants.Reports;

/// <summary>One row per beneficiary organisation: its decided grants' figures, largest award first.</summary>
public static class BeneficiaryReport
{
    public sealed record Row(
        Guid BeneficiaryId, string? Beneficiary, string? TaxCode, int Grants, decimal Awarded, decimal Disbursed, decimal TotalProjectCost, decimal Spending);

    public static RouteHandlerBuilder MapBeneficiaryReport(this RouteGroupBuilder group) =>
        group.MapGet("/by-beneficiary", HandleAsync).RequireAuthorization(GrantsPolicies.Read);

    private static async Task<Results<Ok<List<Row>>, FileContentHttpResult, ValidationProblem>> HandleAsync(
        GrantsDbContext db, ClaimsPrincipal user, HttpRequest http, CancellationToken ct, int? from = null, int? to = null, string? format = null)
    {
        if (!ReportQuery.TryCreate(db, user, from, to, required: false, out var query, out var errors)
            | !ReportOutput.TryChooseCsv(http, format, out var csv, out var formatErrors))
        {
            return TypedResults.ValidationProblem(errors.Concat(formatErrors).ToDictionary(), title: "Richiesta non valida");
        }

        var sums = await query.Grants.SumByAsync(g => g.BeneficiaryId, ct);
        var ids = sums.Keys.ToList();
        var organisations = await db.Organisations.Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        var rows = sums.Select(s =>
            {
                var o = organisations.GetValueOrDefault(s.Key);
                return new Row(s.Key, o?.Name, o?.TaxCode, s.Value.Grants, s.Value.Awarded, s.Value.Disbursed, s.Value.TotalProjectCost, s.Value.Spending);
            })
            .OrderByDescending(r => r.Awarded).ThenBy(r => r.Beneficiary, StringComparer.Ordinal).ToList();
        return csv ? ReportOutput.Csv(rows, "contributi-per-beneficiario.csv") : TypedResults.Ok(rows);
    }
}
