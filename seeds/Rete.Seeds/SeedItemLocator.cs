using System.Text.Json;
using System.Text.RegularExpressions;

namespace Rete.Seeds;

/// <summary>
/// Turns a JSON path from a parse error (<c>$.networks[0].members[3].membership</c>) into the items it
/// points at (<c>network 'tavolo-lavoro-c2' member 'coop-esserci'</c>), reading the keys from the file.
/// </summary>
internal static partial class SeedItemLocator
{
    private static readonly Dictionary<string, string> ItemNames = new()
    {
        ["organisations"] = "organisation",
        ["accreditations"] = "accreditation",
        ["networks"] = "network",
        ["members"] = "member",
        ["meetings"] = "meeting",
        ["attendance"] = "attendance",
    };

    // What names an item in each list, in order of preference.
    private static readonly string[] IdentifyingProperties = ["key", "organisation", "organisationName", "name", "istatCode"];

    [GeneratedRegex(@"\.(?<name>[A-Za-z0-9_$]+)|\['(?<name>[^']+)'\]|\[(?<index>[0-9]+)\]")]
    private static partial Regex PathSegment();

    /// <summary>The items along <paramref name="path"/>, or null when the file cannot be walked.</summary>
    public static string? Describe(string filePath, string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(filePath));
            var element = document.RootElement;
            var items = new List<string>();
            string? list = null;
            foreach (Match segment in PathSegment().Matches(path))
            {
                if (segment.Groups["name"].Success)
                {
                    list = segment.Groups["name"].Value;
                    if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(list, out element))
                    {
                        break;
                    }
                }
                else
                {
                    var index = int.Parse(segment.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture);
                    if (element.ValueKind != JsonValueKind.Array || index >= element.GetArrayLength())
                    {
                        break;
                    }

                    element = element[index];
                    var itemName = list is not null && ItemNames.TryGetValue(list, out var singular) ? singular : list ?? "item";
                    items.Add($"{itemName} {Identify(element) ?? $"#{index + 1}"}");
                }
            }

            return items.Count > 0 ? string.Join(" ", items) : null;
        }
        catch (Exception ex) when (ex is JsonException or IOException)
        {
            return null;
        }
    }

    private static string? Identify(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in IdentifyingProperties)
        {
            if (item.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String)
            {
                return $"'{value.GetString()}'";
            }
        }

        return null;
    }
}
