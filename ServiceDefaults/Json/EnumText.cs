using System.Text.Json;

namespace Rete.ServiceDefaults.Json;

/// <summary>Reads enum values in query strings with the same names the JSON bodies use.</summary>
public static class EnumText
{
    public static bool TryParse<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        try
        {
            value = JsonSerializer.Deserialize<TEnum>($"\"{text.Replace("\"", "", StringComparison.Ordinal)}\"", ReteJson.Options);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    public static string Name<TEnum>(TEnum value) where TEnum : struct, Enum =>
        JsonSerializer.Serialize(value, ReteJson.Options).Trim('"');

    public static string Names<TEnum>() where TEnum : struct, Enum =>
        string.Join(", ", Enum.GetValues<TEnum>().Select(Name));
}
