namespace Rete.Registry.Networks;

public static class NetworksApi
{
    public static RouteGroupBuilder MapNetworksApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/networks").WithTags("Networks");
        group.MapCreateNetwork();
        group.MapReadNetworks();
        group.MapNetworkMembership();
        group.MapRecordMeeting();
        group.MapListMeetings();
        return group;
    }
}
