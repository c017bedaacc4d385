using Rete.Contracts;
using Rete.Contracts.Grants;
using Rete.ServiceDefaults.Data;

namespace Rete.Indicators.Funding;

/// <summary>
/// A grant as Grants' events describe it. <see cref="Awarded"/> is the current award (after amendments; for a
/// revoked grant, what was paid, as Grants counts it); <see cref="Spending"/> is the money it stands for in a
/// mandate: the project's total cost where given, else the award.
/// </summary>
public sealed class GrantFigure : ITenantOwned
{
    public const string Draft = "draft";
    public const string Revoked = "revoked";

    private GrantFigure()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid? BeneficiaryId { get; private set; }

    public Guid? BudgetLineId { get; private set; }

    /// <summary>Null while only later steps have arrived: such a grant is not counted until its record does.</summary>
    public int? YearFrom { get; private set; }

    public int? YearTo { get; private set; }

    public decimal Awarded { get; private set; }

    public decimal? TotalProjectCost { get; private set; }

    public decimal Disbursed { get; private set; }

    public string Status { get; private set; } = Draft;

    public decimal? ActualSpend { get; private set; }

    public decimal Spending { get; private set; }

    public static GrantFigure Fold(string tenantId, Guid id, IEnumerable<IIntegrationEvent> events)
    {
        var g = new GrantFigure { TenantId = tenantId, Id = id };
        foreach (var e in events)
        {
            switch (e)
            {
                case GrantRecorded m:
                    (g.BeneficiaryId, g.BudgetLineId, g.YearFrom, g.YearTo, g.TotalProjectCost) =
                        (m.BeneficiaryId, m.BudgetLineId, m.YearFrom, m.YearTo, m.TotalProjectCost);
                    if (g.Status == Draft)
                    {
                        g.Awarded = m.Awarded;
                    }

                    break;
                case GrantApproved m:
                    (g.BeneficiaryId, g.BudgetLineId, g.Awarded, g.Status) = (m.BeneficiaryId, m.BudgetLineId, m.Awarded, "approved");
                    break;
                case GrantAmended m:
                    (g.Awarded, g.Status) = (m.AwardedAfter, m.Status);
                    break;
                case GrantDisbursed m:
                    (g.Disbursed, g.Status) = (m.DisbursedTotal, m.Status);
                    break;
                case GrantReported m:
                    (g.ActualSpend, g.Status) = (m.ActualSpend, "reported");
                    break;
                case GrantClosed:
                    g.Status = "closed";
                    break;
                case GrantRevoked m:
                    (g.Awarded, g.Disbursed, g.Status) = (m.Disbursed, m.Disbursed, Revoked);
                    break;
            }
        }

        g.Spending = g.Status == Revoked ? g.Awarded : g.TotalProjectCost ?? g.Awarded;
        return g;
    }
}
