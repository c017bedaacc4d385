using Microsoft.EntityFrameworkCore;

namespace Rete.Grants.Budgets;

/// <summary>
/// Takes a budget line's row lock (<c>SELECT ... FOR UPDATE</c>) inside the caller's transaction and returns the line
/// as it is now. Whoever changes what a line has committed goes through here first, so racing awards and
/// reservations queue on the row and each sees what the one before it took.
/// </summary>
internal static class LineLocks
{
    public static async Task<BudgetLine?> LockLineAsync(this GrantsDbContext db, Guid lineId, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A budget line is locked only inside a transaction.");
        }

        var lines = await db.BudgetLines
            .FromSql($"SELECT * FROM budget_lines WHERE id = {lineId} FOR UPDATE")
            .AsTracking()
            .ToListAsync(ct);
        return lines.SingleOrDefault();
    }
}
