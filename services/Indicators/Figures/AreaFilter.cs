using Rete.Indicators.Organisations;

namespace Rete.Indicators.Figures;

internal static class AreaFilter
{
    /// <summary>The organisations located in the area (municipality ISTAT code and district, as the Registry gives them).</summary>
    public static IQueryable<OrganisationFigure> In(this IQueryable<OrganisationFigure> organisations, Area area)
    {
        if (area.Municipalities is { } municipalities)
        {
            organisations = organisations.Where(o => o.MunicipalityIstat != null && municipalities.Contains(o.MunicipalityIstat));
        }

        if (area.District is { } district)
        {
            organisations = organisations.Where(o => o.District == district);
        }

        return organisations;
    }
}
