namespace Rete.ServiceDefaults.Http;

/// <summary>A page of a keyset-paged list: pass <see cref="NextCursor"/> back as <c>?cursor=</c> for the next one.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);
