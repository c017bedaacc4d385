using System.Text.Json;
using System.Text.Json.Serialization;

namespace Rete.Seeds;

/// <summary>
/// Reads a seed file strictly: unknown or duplicate properties, missing required ones, nulls where a value
/// is required, comments and trailing commas all fail, then <see cref="SeedValidator"/> checks the content.
/// </summary>
internal static class SeedFileReader
{
    internal static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        AllowDuplicateProperties = false,
        ReadCommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
        NumberHandling = JsonNumberHandling.Strict,
    };

    public static SeedFile Read(string path)
    {
        var fileName = Path.GetFileName(path);
        SeedFile? seed;
        try
        {
            using var stream = File.OpenRead(path);
            seed = JsonSerializer.Deserialize<SeedFile>(stream, Options);
        }
        catch (JsonException ex)
        {
            var item = SeedItemLocator.Describe(path, ex.Path);
            var where = ex.Message.Contains("Path:", StringComparison.Ordinal)
                ? ""
                : $" Path: {ex.Path ?? "$"} | LineNumber: {ex.LineNumber}.";
            throw new SeedDataException($"{fileName}: {(item is null ? "" : item + ": ")}{ex.Message}{where}");
        }
        catch (IOException ex)
        {
            throw new SeedDataException($"{fileName}: cannot read the file: {ex.Message}");
        }

        if (seed is null)
        {
            throw new SeedDataException($"{fileName}: the file holds null, not a seed object");
        }

        var errors = SeedValidator.Validate(seed, Path.GetFileNameWithoutExtension(path));
        if (errors.Count > 0)
        {
            throw new SeedDataException(
                $"{fileName}: {errors.Count} error(s):{Environment.NewLine}  " +
                string.Join(Environment.NewLine + "  ", errors));
        }

        return seed;
    }
}

/// <summary>The seed data is malformed; the message names the file and the item.</summary>
internal sealed class SeedDataException(string message) : Exception(message);
