using Rete.Grants.Budgets;
using Rete.Grants.Money;
using Rete.ServiceDefaults.Errors;

namespace Rete.Grants.Awards;

/// <summary>The steps after approval: amendments, disbursements, the report of actual spend, closing and revocation. Each raises its event.</summary>
public sealed partial class Grant
{
    private static readonly GrantStatus[] Amendable = [GrantStatus.Approved, GrantStatus.Disbursing, GrantStatus.Disbursed];

    /// <summary>
    /// A top-up (integrazione) takes more from the line, within its availability and the project's cost; a reduction gives
    /// back money not yet paid and never goes below what is disbursed (nor to zero: that is a revocation).
    /// </summary>
    public Amendment Amend(AmendmentKind kind, decimal amount, Resolution resolution, string? reason, BudgetLine line, DateTimeOffset now)
    {
        Require(Amendable.Contains(Status), "grant-not-amendable", "Si modifica solo un contributo approvato e non ancora rendicontato.");
        Require(Euro.IsPositiveAmount(amount), "invalid-amount", "L'importo deve essere positivo e al massimo al centesimo.");
        if (kind == AmendmentKind.TopUp)
        {
            CheckWithinProjectCost(Awarded + amount);
            SameLine(line).CommitAward(amount);
            Awarded += amount;
        }
        else
        {
            Require(amount <= Undisbursed, "reduction-below-disbursed",
                $"La riduzione ({Euro.Text(amount)}) supera la parte non ancora erogata ({Euro.Text(Undisbursed)}).");
            Require(amount < Awarded, "reduction-to-zero", "Una riduzione non azzera il contributo: per annullarlo, revocarlo.");
            SameLine(line).ReleaseAward(amount);
            Awarded -= amount;
        }

        var amendment = new Amendment(TenantId, Guid.CreateVersion7(now), Id, kind, amount, Awarded, resolution, reason, now);
        Amendments.Add(amendment);
        Status = Disbursed == 0 ? GrantStatus.Approved : Disbursed == Awarded ? GrantStatus.Disbursed : GrantStatus.Disbursing;
        Changed(now);
        Raise(GrantEvents.Amended(this, amendment, now));
        return amendment;
    }

    /// <summary>A payment: never more than the award still to pay. When the whole award is paid the grant is disbursed.</summary>
    public Disbursement Disburse(decimal amount, DateOnly date, string? reference, BudgetLine line, DateTimeOffset now)
    {
        Require(Status is GrantStatus.Approved or GrantStatus.Disbursing, "grant-not-disbursable",
            "Si eroga solo un contributo approvato e non ancora interamente erogato.");
        Require(Euro.IsPositiveAmount(amount), "invalid-amount", "L'importo deve essere positivo e al massimo al centesimo.");
        Require(amount <= Undisbursed, "exceeds-award",
            $"L'erogazione ({Euro.Text(amount)}) supera quanto resta da erogare ({Euro.Text(Undisbursed)}).");
        SameLine(line).RecordDisbursement(amount);
        Disbursed += amount;
        var disbursement = new Disbursement(TenantId, Guid.CreateVersion7(now), Id, amount, date, reference, now);
        Disbursements.Add(disbursement);
        Status = Disbursed == Awarded ? GrantStatus.Disbursed : GrantStatus.Disbursing;
        Changed(now);
        Raise(GrantEvents.Disbursed(this, disbursement, now));
        return disbursement;
    }

    /// <summary>The beneficiary's report of what the project actually spent (rendicontazione), once everything is paid.</summary>
    public void Report(decimal actualSpend, DateOnly reportedOn, string? note, DateTimeOffset now)
    {
        Require(Status == GrantStatus.Disbursed, "grant-not-disbursed", "Si rendiconta un contributo interamente erogato.");
        Require(Euro.IsAmountOrZero(actualSpend), "invalid-amount", "La spesa deve essere zero o positiva, al massimo al centesimo.");
        ActualSpend = actualSpend;
        ReportedOn = reportedOn;
        ReportNote = note;
        Status = GrantStatus.Reported;
        Changed(now);
        Raise(GrantEvents.Reported(this, now));
    }

    public void Close(DateTimeOffset now)
    {
        Require(Status == GrantStatus.Reported, "grant-not-reported", "Si chiude un contributo rendicontato.");
        Status = GrantStatus.Closed;
        Changed(now);
        Raise(GrantEvents.Closed(this, now));
    }

    /// <summary>Revokes the grant: what is not yet paid goes back to the line (nothing, for a draft) and the award becomes what was paid.</summary>
    public decimal Revoke(string? reason, BudgetLine line, DateTimeOffset now)
    {
        Require(Status is not (GrantStatus.Reported or GrantStatus.Closed or GrantStatus.Revoked), "grant-not-revocable",
            "Un contributo rendicontato, chiuso o già revocato non si revoca.");
        var released = Status == GrantStatus.Draft ? 0 : Undisbursed;
        if (released > 0)
        {
            SameLine(line).ReleaseAward(released);
        }

        ReleasedOnRevocation = released;
        Awarded = Disbursed;
        RevocationReason = reason;
        Status = GrantStatus.Revoked;
        Changed(now);
        Raise(GrantEvents.Revoked(this, released, now));
        return released;
    }
}
