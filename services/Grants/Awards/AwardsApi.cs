namespace Rete.Grants.Awards;

public static class AwardsApi
{
    public static RouteGroupBuilder MapAwardsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/grants").WithTags("Grants");
        group.MapRecordGrant();
        group.MapReadGrants();
        group.MapApproveGrant();
        group.MapAmendGrant();
        group.MapDisburseGrant();
        group.MapReportGrant();
        group.MapCloseGrant();
        group.MapRevokeGrant();
        return group;
    }
}
