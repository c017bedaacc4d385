using Rete.ServiceDefaults.Http;
using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Rete.Indicators.Figures;

/// <summary>
/// JSON, or CSV with <c>?format=csv</c> or <c>Accept: text/csv</c>: UTF-8 with a byte order mark (a spreadsheet then
/// reads the accents), comma-separated, Italian headers (Indicatore, Dettaglio, Valore), amounts with a dot and two
/// decimals, "soppresso" where a small count is withheld. A comment line first names the period and the area.
/// </summary>
internal static class FigureOutput
{
    public static bool TryChooseCsv(HttpRequest request, string? format, Dictionary<string, string[]> errors)
    {
        switch (format?.Trim().ToUpperInvariant())
        {
            case "CSV":
                return true;
            case "JSON":
                return false;
            case null or "":
                return request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase));
            default:
                errors["format"] = ["Formati possibili: json, csv."];
                return false;
        }
    }

    public static FileContentHttpResult Csv(IFigureReport report, string fileName, FigureQuery query)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape };
        return CsvFile.Of(configuration, fileName, csv =>
        {
            csv.Context.RegisterClassMap<FigureRowMap>();
            csv.WriteComment($" Periodo: {query.Period.Label}; area: {query.AreaLabel}");
            csv.NextRecord();
            csv.WriteRecords(report.Rows());
        });
    }

    private sealed class FigureRowMap : ClassMap<FigureRow>
    {
        public FigureRowMap()
        {
            Map(r => r.Indicator).Name("Indicatore");
            Map(r => r.Detail).Name("Dettaglio");
            Map(r => r.Value).Name("Valore");
        }
    }
}
