using Rete.Contracts.Grants;
using Rete.ServiceDefaults.Json;

namespace Rete.Grants.Awards;

/// <summary>Builds the integration events a grant's steps raise.</summary>
internal static class GrantEvents
{
    public static GrantRecorded Recorded(Grant g, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), g.TenantId, now, g.Id, g.Version, g.BeneficiaryId, g.BudgetLineId, g.Title, g.YearFrom, g.YearTo,
        g.Awarded, g.TotalProjectCost);

    public static GrantApproved Approved(Grant g, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), g.TenantId, now, g.Id, g.Version, g.BeneficiaryId, g.BudgetLineId, g.Awarded);

    public static GrantAmended Amended(Grant g, Amendment a, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), g.TenantId, now, g.Id, g.Version, a.Id, EnumText.Name(a.Kind), a.Amount, g.Awarded, EnumText.Name(g.Status));

    public static GrantDisbursed Disbursed(Grant g, Disbursement d, DateTimeOffset now) => new(
        Guid.CreateVersion7(now), g.TenantId, now, g.Id, g.Version, d.Id, d.Amount, d.Date, g.Disbursed, EnumText.Name(g.Status));

    public static GrantReported Reported(Grant g, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), g.TenantId, now, g.Id, g.Version, g.ActualSpend!.Value, g.ReportedOn!.Value);

    public static GrantClosed Closed(Grant g, DateTimeOffset now) => new(Guid.CreateVersion7(now), g.TenantId, now, g.Id, g.Version);

    public static GrantRevoked Revoked(Grant g, decimal released, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), g.TenantId, now, g.Id, g.Version, released, g.Disbursed, g.RevocationReason);
}
