namespace Rete.Indicators.Figures;

internal static class Residence
{
    /// <summary>
    /// The people resident in the area, as Referrals' person events place them. Figures about people are cut by
    /// joining this at read time, so a placement or referral that arrived before its person's event, or a person
    /// who moved, is counted where the person lives now without refolding anything.
    /// </summary>
    public static IQueryable<Guid?> ResidentsIn(this IndicatorsDbContext db, Area area)
    {
        var people = db.People.AsQueryable();
        if (area.Municipalities is { } municipalities)
        {
            people = people.Where(p => p.MunicipalityIstat != null && municipalities.Contains(p.MunicipalityIstat));
        }

        if (area.District is { } district)
        {
            people = people.Where(p => p.District == district);
        }

        return people.Select(p => (Guid?)p.Id);
    }
}
