namespace Rete.Web.Organisations;

/// <summary>Names the organisation ids the other APIs answer with, from <see cref="OrganisationsClient.ChoicesAsync"/>.</summary>
public static class OrganisationNames
{
    public static string Name(this IReadOnlyList<KeyValuePair<string, string>> choices, Guid? id) =>
        id is null ? "" : choices.FirstOrDefault(c => c.Key == id.Value.ToString()).Value ?? id.Value.ToString();
}
