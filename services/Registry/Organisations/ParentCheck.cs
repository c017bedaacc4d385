using Microsoft.EntityFrameworkCore;

namespace Rete.Registry.Organisations;

internal static class ParentCheck
{
    /// <summary>A parent, when given, must be an organisation of the same tenant (the query filter sees no other).</summary>
    public static async Task<bool> ParentExistsAsync(this RegistryDbContext db, Guid? parentId, CancellationToken ct) =>
        parentId is null || await db.Organisations.AnyAsync(o => o.Id == parentId, ct);
}
