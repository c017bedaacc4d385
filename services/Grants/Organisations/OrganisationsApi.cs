namespace Rete.Grants.Organisations;

public static class OrganisationsApi
{
    public static RouteGroupBuilder MapOrganisationsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/organisations").WithTags("Organisations");
        group.MapReadOrganisations();
        return group;
    }
}
