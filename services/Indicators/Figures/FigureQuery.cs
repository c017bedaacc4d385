using System.Security.Claims;

namespace Rete.Indicators.Figures;

/// <summary>What every indicator is asked: a period, an area, and JSON or CSV. Bad parameters answer 400 per field.</summary>
public sealed record FigureQuery(Period Period, Area Area, bool Csv)
{
    public string AreaLabel =>
        Area.IsWholeTenant ? "tutto il consorzio"
        : string.Join(", ", new[]
        {
            Area.Municipalities is { } m ? "comuni " + string.Join(" ", m) : null,
            Area.District is { } d ? "circoscrizione " + d : null,
        }.OfType<string>());

    public static bool TryCreate(HttpRequest http, ClaimsPrincipal user, out FigureQuery query, out Dictionary<string, string[]> errors)
    {
        errors = [];
        var q = http.Query;
        var period = Period.Parse(q["year"], q["mandate"], q["from"], q["to"], errors);
        var area = Area.Parse(q["municipality"], q["district"], user, errors);
        var csv = FigureOutput.TryChooseCsv(http, q["format"], errors);
        query = new FigureQuery(period ?? Period.Always, area ?? new Area(null, null), csv);
        return errors.Count == 0;
    }
}
