namespace Rete.Registry.Tests.Api;

/// <summary>Request bodies the tests send, written as a client would.</summary>
internal static class Organisations
{
    public const string Url = "/api/registry/organisations";

    public static object Body(string name = "Un Progetto al Femminile", string kind = "association", string? taxCode = null,
        string? municipality = "001272", string[]? areas = null, string[]? targetGroups = null, Guid? parentId = null, string? notes = null) => new
    {
        name,
        kind,
        taxCode,
        municipalityIstat = municipality,
        district = "2",
        areas = areas ?? ["women", "training"],
        targetGroups = targetGroups ?? ["women", "migrants"],
        parentId,
        notes,
    };
}
