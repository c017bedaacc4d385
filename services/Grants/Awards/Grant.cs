using Rete.Grants.Budgets;
using Rete.Grants.Money;
using Rete.ServiceDefaults.Data;
using Rete.ServiceDefaults.Domain;
using Rete.ServiceDefaults.Errors;

namespace Rete.Grants.Awards;

/// <summary>What a user says when recording a grant.</summary>
public sealed record GrantDetails(
    string Title, string? Project, Guid BeneficiaryId, Guid BudgetLineId, Resolution Resolution, int YearFrom, int YearTo,
    DateOnly? StartDate, DateOnly? EndDate, decimal Awarded, decimal? TotalProjectCost, string? LegalBasis, string? SelectionMethod,
    string? Notes);

/// <summary>
/// A grant (contributo) to an organisation, decided by a resolution (delibera). Money moves on its budget line:
/// approval commits the award, a top-up commits more, a reduction or a revocation gives back what is not paid.
/// Invariants: 0 ≤ disbursed ≤ awarded; awarded ≤ total project cost when that is known. Every change raises the version
/// and its event (GrantEvents).
/// </summary>
public sealed partial class Grant : Aggregate, ITenantOwned, IHasId
{
    private Grant()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string? Project { get; private set; }

    public Guid BeneficiaryId { get; private set; }

    public Guid BudgetLineId { get; private set; }

    public Resolution Resolution { get; private set; } = Resolution.None;

    public int YearFrom { get; private set; }

    public int YearTo { get; private set; }

    public DateOnly? StartDate { get; private set; }

    public DateOnly? EndDate { get; private set; }

    /// <summary>The award as first decided.</summary>
    public decimal InitialAward { get; private set; }

    /// <summary>The award now: initial award plus top-ups minus reductions; after a revocation, what had been paid.</summary>
    public decimal Awarded { get; private set; }

    public decimal Disbursed { get; private set; }

    /// <summary>The project's whole (estimated) cost (spesa complessiva presunta); the grant may cover part of it.</summary>
    public decimal? TotalProjectCost { get; private set; }

    /// <summary>Legal basis (titolo) and selection method (modalità di individuazione): published under D.Lgs. 33/2013 art. 27.</summary>
    public string? LegalBasis { get; private set; }

    public string? SelectionMethod { get; private set; }

    public string? Notes { get; private set; }

    public GrantStatus Status { get; private set; }

    public decimal? ActualSpend { get; private set; }

    public DateOnly? ReportedOn { get; private set; }

    public string? ReportNote { get; private set; }

    public string? RevocationReason { get; private set; }

    /// <summary>What a revocation gave back to the line.</summary>
    public decimal? ReleasedOnRevocation { get; private set; }

    public List<Amendment> Amendments { get; private set; } = [];

    public List<Disbursement> Disbursements { get; private set; } = [];

    public int Version { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public decimal Undisbursed => Awarded - Disbursed;

    /// <summary>Records a draft: nothing is committed until <see cref="Approve"/>.</summary>
    public static Grant Record(string tenantId, GrantDetails d, BudgetLine line, DateTimeOffset now)
    {
        if (line.Kind == LineKind.Stipends)
        {
            throw new DomainException("line-not-for-grants", "Su una voce di borse lavoro non si assegnano contributi.");
        }

        if (!Euro.IsPositiveAmount(d.Awarded) || d.TotalProjectCost is { } cost && !Euro.IsAmountOrZero(cost))
        {
            throw new DomainException("invalid-amount", "Gli importi devono essere positivi e al massimo al centesimo.");
        }

        if (d.YearTo < d.YearFrom || (d.StartDate is { } start && d.EndDate is { } end && end < start))
        {
            throw new DomainException("invalid-period", "Il periodo finisce prima di cominciare.");
        }

        var grant = new Grant
        {
            Id = Guid.CreateVersion7(now),
            TenantId = tenantId,
            Title = d.Title.Trim(),
            Project = d.Project,
            BeneficiaryId = d.BeneficiaryId,
            BudgetLineId = line.Id,
            Resolution = d.Resolution,
            YearFrom = d.YearFrom,
            YearTo = d.YearTo,
            StartDate = d.StartDate,
            EndDate = d.EndDate,
            InitialAward = d.Awarded,
            Awarded = d.Awarded,
            TotalProjectCost = d.TotalProjectCost,
            LegalBasis = d.LegalBasis,
            SelectionMethod = d.SelectionMethod,
            Notes = d.Notes,
            Status = GrantStatus.Draft,
            Version = 1,
            CreatedAt = now,
            UpdatedAt = now,
        };
        grant.CheckWithinProjectCost(grant.Awarded);
        grant.Raise(GrantEvents.Recorded(grant, now));
        return grant;
    }

    /// <summary>The resolution is adopted: the award is committed on the line, if the line still has room for it.</summary>
    public void Approve(BudgetLine line, DateTimeOffset now)
    {
        Require(Status == GrantStatus.Draft, "grant-not-draft", "Si approva solo un contributo in bozza.");
        SameLine(line).CommitAward(Awarded);
        Status = GrantStatus.Approved;
        Changed(now);
        Raise(GrantEvents.Approved(this, now));
    }

    private void CheckWithinProjectCost(decimal award)
    {
        if (TotalProjectCost is { } cost && award > cost)
        {
            throw new DomainException("award-exceeds-project-cost",
                $"Il contributo ({Euro.Text(award)}) non può superare la spesa complessiva del progetto ({Euro.Text(cost)}).");
        }
    }

    private BudgetLine SameLine(BudgetLine line) =>
        line.Id == BudgetLineId ? line : throw new InvalidOperationException("The grant's own budget line must be locked and passed.");

    private static void Require(bool condition, string code, string message)
    {
        if (!condition)
        {
            throw new DomainException(code, message);
        }
    }

    private void Changed(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }
}
