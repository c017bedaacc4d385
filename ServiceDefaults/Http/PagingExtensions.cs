using Microsoft.EntityFrameworkCore;
using Rete.ServiceDefaults.Domain;

namespace Rete.ServiceDefaults.Http;

public static class PagingExtensions
{
    /// <summary>Keyset paging by id: constant cost per page however deep, and stable while rows are added.</summary>
    public static async Task<Page<TResult>> ToPageAsync<TEntity, TResult>(
        this IQueryable<TEntity> query, PageRequest page, Func<TEntity, TResult> map, CancellationToken cancellationToken)
        where TEntity : class, IHasId
    {
        if (page.After is { } after)
        {
            query = query.Where(e => e.Id.CompareTo(after) > 0);
        }

        var rows = await query.AsNoTracking().OrderBy(e => e.Id).Take(page.Limit + 1).ToListAsync(cancellationToken);
        var items = rows.Take(page.Limit).Select(map).ToList();
        var next = rows.Count > page.Limit ? PageRequest.Cursor(rows[page.Limit - 1].Id) : null;
        return new Page<TResult>(items, next);
    }
}
