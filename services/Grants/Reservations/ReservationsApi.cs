namespace Rete.Grants.Reservations;

public static class ReservationsApi
{
    public static RouteGroupBuilder MapReservationsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/reservations").WithTags("Stipend reservations");
        group.MapRequestReservation();
        group.MapReadReservations();
        group.MapReleaseReservation();
        return group;
    }
}
