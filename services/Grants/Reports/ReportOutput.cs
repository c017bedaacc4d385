using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.AspNetCore.Http.HttpResults;
using Rete.ServiceDefaults.Http;

namespace Rete.Grants.Reports;

/// <summary>
/// A report answers JSON, or CSV with <c>?format=csv</c> or <c>Accept: text/csv</c>: UTF-8 with a byte order mark (so a
/// spreadsheet reads the accents), comma-separated, amounts with a dot and two decimals, dates yyyy-MM-dd, Italian headers.
/// </summary>
internal static class ReportOutput
{
    public static bool TryChooseCsv(HttpRequest request, string? format, out bool csv, out Dictionary<string, string[]> errors)
    {
        errors = [];
        csv = format?.ToUpperInvariant() switch
        {
            "CSV" => true,
            "JSON" => false,
            null or "" => request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase)),
            _ => Invalid(errors),
        };
        return errors.Count == 0;
    }

    public static FileContentHttpResult Csv<TRow>(IEnumerable<TRow> rows, string fileName, string? note = null)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape };
        return CsvFile.Of(configuration, fileName, csv =>
        {
            foreach (var type in new[] { typeof(decimal), typeof(decimal?) })
            {
                csv.Context.TypeConverterOptionsCache.GetOptions(type).Formats = ["0.00"];
            }

            foreach (var type in new[] { typeof(DateOnly), typeof(DateOnly?) })
            {
                csv.Context.TypeConverterOptionsCache.GetOptions(type).Formats = ["yyyy-MM-dd"];
            }

            var map = csv.Context.AutoMap<TRow>();
            foreach (var member in map.MemberMaps)
            {
                member.Name(Header(member.Data.Member!.Name));
            }

            csv.Context.RegisterClassMap(map);
            if (note is not null)
            {
                csv.WriteComment(" " + note);
                csv.NextRecord();
            }

            csv.WriteRecords(rows);
        });
    }

    private static bool Invalid(Dictionary<string, string[]> errors)
    {
        errors["format"] = ["Formati possibili: json, csv."];
        return false;
    }

    // A report column without an Italian header is a mistake of whoever added it, found by the first test of its CSV.
    private static string Header(string property) => Headers.TryGetValue(property, out var header)
        ? header
        : throw new InvalidOperationException($"The report column {property} has no Italian header in ReportOutput.Headers.");

    private static readonly Dictionary<string, string> Headers = new()
    {
        ["Year"] = "Anno",
        ["Period"] = "Periodo",
        ["Source"] = "Fonte",
        ["BeneficiaryId"] = "Beneficiario (id)",
        ["Beneficiary"] = "Beneficiario",
        ["TaxCode"] = "Codice fiscale o partita IVA",
        ["Grants"] = "Contributi",
        ["Awarded"] = "Assegnato (€)",
        ["Disbursed"] = "Erogato (€)",
        ["TotalProjectCost"] = "Costo totale dei progetti (€)",
        ["Spending"] = "Spesa (€)",
        ["Budgeted"] = "Stanziato (€)",
        ["StipendsReserved"] = "Borse lavoro prenotate (€)",
        ["Available"] = "Disponibile (€)",
        ["Total"] = "Totale (€)",
        ["Title"] = "Oggetto",
        ["Amount"] = "Importo (€)",
        ["LegalBasis"] = "Norma o titolo a base dell'attribuzione",
        ["Office"] = "Ufficio responsabile",
        ["SelectionMethod"] = "Modalità di individuazione del beneficiario",
        ["ResolutionNumber"] = "Numero della delibera",
        ["ResolutionDate"] = "Data della delibera",
        ["Status"] = "Stato",
        ["GrantId"] = "Contributo (id)",
    };
}
