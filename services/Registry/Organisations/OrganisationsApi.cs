namespace Rete.Registry.Organisations;

public static class OrganisationsApi
{
    public static RouteGroupBuilder MapOrganisationsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/organisations").WithTags("Organisations");
        group.MapRegisterOrganisation();
        group.MapSearchOrganisations();
        group.MapGetOrganisation();
        group.MapUpdateOrganisation();
        group.MapOrganisationStatusChanges();
        group.MapRepublishOrganisations();
        return group;
    }
}
