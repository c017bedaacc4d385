using Rete.Grants.Money;
using Rete.ServiceDefaults.Data;
using Rete.ServiceDefaults.Domain;
using Rete.ServiceDefaults.Errors;

namespace Rete.Grants.Budgets;

public enum LineKind
{
    Stipends, // borse lavoro: reserved by placements, never per person
    Grants,   // contributi
    Other,
}

/// <summary>
/// A budget line and what is committed on it. <see cref="Awarded"/> is the sum of the approved grants' awards,
/// <see cref="Reserved"/> the stipends set aside for placements, <see cref="Disbursed"/> what grants have paid.
/// Every change of these counters happens with the line's row locked (<see cref="LineLocks"/>), so two requests
/// can never both take the last euro.
/// </summary>
public sealed class BudgetLine : ITenantOwned, IHasId
{
    private BudgetLine()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid BudgetId { get; private set; }

    public LineKind Kind { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>The line's place in its budget, in the order lines were added.</summary>
    public int Position { get; private set; }

    public decimal Amount { get; private set; }

    public decimal Awarded { get; private set; }

    public decimal Reserved { get; private set; }

    public decimal Disbursed { get; private set; }

    public int Version { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public decimal Committed => Awarded + Reserved;

    /// <summary>What can still be awarded or reserved; never negative.</summary>
    public decimal Available => Math.Max(0, Amount - Committed);

    internal static BudgetLine Open(string tenantId, Guid budgetId, int position, LineKind kind, string name, decimal amount, DateTimeOffset now)
    {
        CheckAmount(amount);
        return new BudgetLine
        {
            Id = Guid.CreateVersion7(now),
            TenantId = tenantId,
            BudgetId = budgetId,
            Position = position,
            Kind = kind,
            Name = name.Trim(),
            Amount = amount,
            Version = 1,
            UpdatedAt = now,
        };
    }

    public void Change(string name, decimal amount, DateTimeOffset now)
    {
        CheckAmount(amount);
        if (amount < Committed)
        {
            throw new DomainException("line-below-committed",
                $"La voce ha già {Euro.Text(Committed)} impegnati (contributi e borse lavoro): l'importo non può scendere sotto questa cifra.");
        }

        Name = name.Trim();
        Amount = amount;
        UpdatedAt = now;
        Version++;
    }

    /// <summary>An approved grant or a top-up takes money from a grants (or other) line.</summary>
    public void CommitAward(decimal amount)
    {
        if (Kind == LineKind.Stipends)
        {
            throw new DomainException("line-not-for-grants", "Su una voce di borse lavoro non si assegnano contributi.");
        }

        Take(amount);
        Awarded += amount;
    }

    /// <summary>A reduction or a revocation gives money back.</summary>
    public void ReleaseAward(decimal amount) => Awarded = Math.Max(0, Awarded - Positive(amount));

    public void RecordDisbursement(decimal amount) => Disbursed += Positive(amount);

    /// <summary>A placement's stipends are set aside on a stipends line.</summary>
    public void Reserve(decimal amount)
    {
        if (Kind != LineKind.Stipends)
        {
            throw new DomainException("line-not-stipends", "Le borse lavoro si prenotano solo su una voce di tipo borse lavoro.");
        }

        Take(amount);
        Reserved += amount;
    }

    public void ReleaseReservation(decimal amount) => Reserved = Math.Max(0, Reserved - Positive(amount));

    private void Take(decimal amount)
    {
        Positive(amount);
        if (amount > Available)
        {
            throw new DomainException("insufficient-funds",
                $"La voce «{Name}» ha {Euro.Text(Available)} disponibili: non bastano per {Euro.Text(amount)}.");
        }
    }

    private static decimal Positive(decimal amount) =>
        amount > 0 && Euro.HasAtMostCents(amount)
            ? amount
            : throw new DomainException("invalid-amount", "L'importo deve essere positivo e al massimo al centesimo.");

    private static void CheckAmount(decimal amount)
    {
        if (!Euro.IsAmountOrZero(amount))
        {
            throw new DomainException("invalid-amount", "L'importo della voce deve essere zero o positivo, al massimo al centesimo.");
        }
    }
}
