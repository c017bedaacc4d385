namespace Rete.Registry.Accreditations;

public static class AccreditationsApi
{
    public static RouteGroupBuilder MapAccreditationsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/").WithTags("Accreditations");
        group.MapAddAccreditation();
        group.MapListAccreditations();
        group.MapGetAccreditation();
        group.MapAccreditationChanges();
        group.MapListAccreditedOperators();
        return group;
    }
}
