using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Rete.ServiceDefaults.Errors;
using Rete.ServiceDefaults.Http;
using Rete.ServiceDefaults.ReadModels.Organisations;

namespace Rete.Placements.Attendance;

/// <summary>One stipend to pay: a placement month whose first day falls in the month asked for.</summary>
public sealed record StipendRow(
    Guid PlacementId, Guid PersonId, Guid HostOrganisationId, string? HostName, int Month, DateOnly MonthStart, int DaysScheduled,
    int DaysAttended, decimal MonthlyStipend, decimal StipendDue);

internal sealed class StipendRowMap : ClassMap<StipendRow>
{
    public StipendRowMap()
    {
        Map(r => r.PlacementId).Name("Tirocinio");
        Map(r => r.PersonId).Name("Persona");
        Map(r => r.HostOrganisationId).Name("Ospitante (id)");
        Map(r => r.HostName).Name("Ospitante");
        Map(r => r.Month).Name("Mese del tirocinio");
        Map(r => r.MonthStart).Name("Dal").TypeConverterOption.Format("dd/MM/yyyy");
        Map(r => r.DaysScheduled).Name("Giorni previsti");
        Map(r => r.DaysAttended).Name("Giorni di presenza");
        Map(r => r.MonthlyStipend).Name("Borsa mensile (€)").TypeConverterOption.Format("0.00");
        Map(r => r.StipendDue).Name("Importo dovuto (€)").TypeConverterOption.Format("0.00");
    }
}

/// <summary>
/// The monthly stipend list of a funding line, for the municipality's payroll: a CSV with Italian headers, separated by
/// semicolons with decimal commas (as Italian spreadsheets read it), UTF-8 with a byte order mark. People appear by
/// their opaque id only; the payroll joins them with its own records. Only those who pay may download it.
/// </summary>
public static class StipendList
{
    public static RouteHandlerBuilder MapStipendList(this RouteGroupBuilder group) =>
        group.MapGet("/stipends", HandleAsync).RequireAuthorization(PlacementsPolicies.Pay).WithName("StipendList")
            .WithSummary("Elenco mensile delle borse di una voce di bilancio (CSV per l'ufficio paghe): ?budgetLineId=&month=AAAA-MM");

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> HandleAsync(
        PlacementsDbContext db, CancellationToken ct, Guid? budgetLineId = null, string? month = null)
    {
        var errors = new Dictionary<string, string[]>();
        if (budgetLineId is null || budgetLineId == Guid.Empty)
        {
            errors["budgetLineId"] = ["Indicare la voce di bilancio."];
        }

        if (!DateOnly.TryParseExact($"{month}-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var monthFrom))
        {
            errors["month"] = ["Indicare il mese come AAAA-MM (es. 2024-03)."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Richiesta non valida");
        }

        var monthTo = monthFrom.AddMonths(1);
        // One query: the month's rows of the line with their host's name, in the list's order.
        var list = await (
                from a in db.Attendance
                join p in db.Placements on a.PlacementId equals p.Id
                join o in db.Set<KnownOrganisation>() on p.HostOrganisationId equals o.Id into hosts
                from host in hosts.DefaultIfEmpty()
                where p.BudgetLineId == budgetLineId && a.MonthStart >= monthFrom && a.MonthStart < monthTo
                orderby p.Id, a.Number
                select new StipendRow(a.PlacementId, p.PersonId, p.HostOrganisationId, host == null ? null : host.Name, a.Number,
                    a.MonthStart, a.DaysScheduled, a.DaysAttended, p.MonthlyStipend, a.StipendDue))
            .AsNoTracking().ToListAsync(ct);
        return Csv(list, $"borse-{month}.csv");
    }

    internal static FileContentHttpResult Csv(IReadOnlyList<StipendRow> rows, string fileName)
    {
        var italian = CultureInfo.GetCultureInfo("it-IT");
        var configuration = new CsvConfiguration(italian) { Delimiter = ";", InjectionOptions = InjectionOptions.Escape };
        return CsvFile.Of(configuration, fileName, csv =>
        {
            csv.Context.RegisterClassMap<StipendRowMap>();
            csv.WriteRecords(rows);
            csv.WriteField("Totale");
            csv.WriteField(rows.Sum(r => r.StipendDue).ToString("0.00", italian));
            csv.NextRecord();
        });
    }
}
