using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rete.ServiceDefaults.Json;

namespace Rete.ServiceDefaults.Data;

public static class JsonColumns
{
    /// <summary>
    /// Stores a small value list (a consortium's members, a meeting's attendance) as one jsonb column, compared by
    /// content so a change inside the list is saved.
    /// </summary>
    public static PropertyBuilder<List<T>> HasJsonColumn<T>(this PropertyBuilder<List<T>> property) =>
        property.HasColumnType("jsonb")
            .HasConversion(
                v => JsonSerializer.Serialize(v, ReteJson.Options),
                v => JsonSerializer.Deserialize<List<T>>(v, ReteJson.Options) ?? new List<T>(),
                new ValueComparer<List<T>>(
                    (a, b) => JsonSerializer.Serialize(a, ReteJson.Options) == JsonSerializer.Serialize(b, ReteJson.Options),
                    v => JsonSerializer.Serialize(v, ReteJson.Options).GetHashCode(StringComparison.Ordinal),
                    v => JsonSerializer.Deserialize<List<T>>(JsonSerializer.Serialize(v, ReteJson.Options), ReteJson.Options)!));
}
