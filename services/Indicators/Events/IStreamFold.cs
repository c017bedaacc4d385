using Rete.Contracts;

namespace Rete.Indicators.Events;

/// <summary>
/// Turns every stored event of one aggregate, in version order, into that aggregate's figure rows, replacing the
/// rows it had. Because the rows are always the fold of the whole stored stream, an event that arrives twice, late
/// or out of order leaves the same rows as the events delivered in order once.
/// </summary>
internal interface IStreamFold
{
    string Stream { get; }

    /// <summary>Removes the aggregate's figure rows (before they are folded again).</summary>
    Task RemoveAsync(IndicatorsDbContext db, Guid id, CancellationToken ct);

    /// <summary>Adds the aggregate's figure rows, folded from its stored events in version order; saved by the caller.</summary>
    void Add(IndicatorsDbContext db, Guid id, IReadOnlyList<IIntegrationEvent> events);

    /// <summary>Removes every figure row of this fold for the context's tenant (before a rebuild).</summary>
    Task ClearAsync(IndicatorsDbContext db, CancellationToken ct);
}
