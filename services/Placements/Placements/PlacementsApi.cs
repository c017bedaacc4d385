namespace Rete.Placements.Placements;

public static class PlacementsApi
{
    public static RouteGroupBuilder MapPlacementsEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/placements").WithTags("Tirocini");
        group.MapProposePlacement();
        group.MapReadPlacements();
        group.MapPlacementSteps();
        return group;
    }
}
