namespace Rete.Referrals.People;

public static class PeopleApi
{
    public static RouteGroupBuilder MapPeopleApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/people").WithTags("Persone");
        group.MapRegisterPerson();
        group.MapGetPerson();
        group.MapChangeResidence();
        group.MapFindPeople();
        group.MapGetPathway();
        group.MapExportPerson();
        return group;
    }
}
