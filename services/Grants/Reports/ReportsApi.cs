namespace Rete.Grants.Reports;

public static class ReportsApi
{
    public static RouteGroupBuilder MapReportsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/reports").WithTags("Reports");
        group.MapYearReport();
        group.MapSourceReport();
        group.MapBeneficiaryReport();
        group.MapMandateReport();
        group.MapTransparencyExport();
        return group;
    }
}
