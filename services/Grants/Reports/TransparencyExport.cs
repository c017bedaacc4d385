using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rete.Grants.Awards;
using Rete.ServiceDefaults.Json;

namespace Rete.Grants.Reports;

/// <summary>
/// The publication of D.Lgs. 33/2013 arts. 26-27: every decided grant of a beneficiary that receives more than
/// 1.000 € in a year, with the beneficiary's name and tax id, the amount, the legal basis, the office, the selection
/// method and the resolution. The year is the resolution's, or the start of the grant's period when the date is not
/// known. Stipends (borse lavoro) never appear: they are reserved in aggregate on budget lines and Grants holds no
/// data about the people who receive them.
/// </summary>
public static class TransparencyExport
{
    public const decimal Threshold = 1000m;

    public const string Note =
        "Pubblicazione ai sensi degli artt. 26-27 del D.Lgs. 33/2013: contributi a beneficiari che ricevono più di 1.000 euro " +
        "nell'anno. Le borse lavoro non compaiono: sono prenotate in forma aggregata sulle voci di bilancio e questo servizio non " +
        "conserva alcun dato delle persone che le ricevono.";

    public sealed record Row(
        int Year, string? Beneficiary, string? TaxCode, string Title, decimal Amount, string? LegalBasis, string? Office,
        string? SelectionMethod, string? ResolutionNumber, DateOnly? ResolutionDate, string Status, Guid GrantId);

    public sealed record Export(string Note, decimal Threshold, IReadOnlyList<Row> Items);

    public static RouteHandlerBuilder MapTransparencyExport(this RouteGroupBuilder group) =>
        group.MapGet("/transparency", HandleAsync).RequireAuthorization(GrantsPolicies.Read);

    private static async Task<Results<Ok<Export>, FileContentHttpResult, ValidationProblem>> HandleAsync(
        GrantsDbContext db, ClaimsPrincipal user, HttpRequest http, CancellationToken ct, int? year = null, string? format = null)
    {
        if (!ReportQuery.TryCreate(db, user, year, year, required: false, out _, out var errors)
            | !ReportOutput.TryChooseCsv(http, format, out var csv, out var formatErrors))
        {
            return TypedResults.ValidationProblem(errors.Concat(formatErrors).ToDictionary(), title: "Richiesta non valida");
        }

        var grants = await db.Grants.AsNoTracking().VisibleTo(user)
            .Where(g => g.Status != GrantStatus.Draft && g.Awarded > 0)
            .Join(db.Organisations, g => g.BeneficiaryId, o => o.Id, (g, o) => new { Grant = g, o.Name, o.TaxCode })
            .ToListAsync(ct);
        var rows = grants
            .Select(x => new Row(x.Grant.Resolution.Date?.Year ?? x.Grant.YearFrom, x.Name, x.TaxCode, x.Grant.Title, x.Grant.Awarded,
                x.Grant.LegalBasis, x.Grant.Resolution.Office, x.Grant.SelectionMethod, x.Grant.Resolution.Number, x.Grant.Resolution.Date,
                EnumText.Name(x.Grant.Status), x.Grant.Id))
            .Where(r => year is null || r.Year == year)
            .GroupBy(r => (r.Year, r.Beneficiary, r.TaxCode))
            .Where(g => g.Sum(r => r.Amount) > Threshold)
            .SelectMany(g => g)
            .OrderBy(r => r.Year).ThenBy(r => r.Beneficiary, StringComparer.Ordinal).ThenBy(r => r.GrantId)
            .ToList();
        return csv ? ReportOutput.Csv(rows, "trasparenza-contributi.csv", Note) : TypedResults.Ok(new Export(Note, Threshold, rows));
    }
}
