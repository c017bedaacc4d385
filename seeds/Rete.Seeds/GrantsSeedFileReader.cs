using System.Text.Json;

namespace Rete.Seeds;

/// <summary>Reads the optional <c>&lt;tenant&gt;.grants.json</c> beside a tenant's registry file, as strictly as the registry file.</summary>
internal static class GrantsSeedFileReader
{
    public const string Suffix = ".grants.json";

    public static GrantsSeedFile? ReadBeside(string registryPath, SeedFile registry)
    {
        var path = Path.Combine(Path.GetDirectoryName(registryPath) ?? ".", registry.Tenant + Suffix);
        if (!File.Exists(path))
        {
            return null;
        }

        var fileName = Path.GetFileName(path);
        GrantsSeedFile? seed;
        try
        {
            using var stream = File.OpenRead(path);
            seed = JsonSerializer.Deserialize<GrantsSeedFile>(stream, SeedFileReader.Options);
        }
        catch (JsonException ex)
        {
            throw new SeedDataException($"{fileName}: {ex.Message}");
        }
        catch (IOException ex)
        {
            throw new SeedDataException($"{fileName}: cannot read the file: {ex.Message}");
        }

        if (seed is null)
        {
            throw new SeedDataException($"{fileName}: the file holds null, not a grants seed object");
        }

        var organisationKeys = registry.Organisations.Select(o => o.Key).ToHashSet();
        var errors = GrantsSeedValidator.Validate(seed, registry.Tenant, organisationKeys);
        if (errors.Count > 0)
        {
            throw new SeedDataException(
                $"{fileName}: {errors.Count} error(s):{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", errors));
        }

        return seed;
    }
}
