namespace Rete.Referrals.People;

/// <summary>Names are matched case-insensitively and literally (ILIKE with its wildcards escaped).</summary>
internal static class NameMatch
{
    public static string Literal(string name) =>
        name.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
