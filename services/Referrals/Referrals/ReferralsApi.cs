namespace Rete.Referrals.Referrals;

public static class ReferralsApi
{
    public static RouteGroupBuilder MapReferralsFlowApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/referrals").WithTags("Segnalazioni");
        group.MapSendReferral();
        group.MapListReferrals();
        group.MapReferralSteps();
        return group;
    }
}
