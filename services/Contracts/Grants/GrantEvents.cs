namespace Rete.Contracts.Grants;

// A grant (contributo) decided by a resolution (delibera) moves draft → approved → disbursing → disbursed →
// reported → closed, or is revoked. Every step raises one of these events; money is in euro with two decimals.

/// <summary>A grant was recorded as a draft: nothing is committed on its budget line yet.</summary>
public sealed record GrantRecorded(
    Guid EventId, string TenantId, DateTimeOffset OccurredAt, Guid GrantId, int Version, Guid BeneficiaryId,
    Guid BudgetLineId, string Title, int YearFrom, int YearTo, decimal Awarded, decimal? TotalProjectCost)
    : IIntegrationEvent;

/// <summary>The grant's resolution was approved: its award is committed on the budget line.</summary>
public sealed record GrantApproved(
    Guid EventId, string TenantId, DateTimeOffset OccurredAt, Guid GrantId, int Version, Guid BeneficiaryId,
    Guid BudgetLineId, decimal Awarded)
    : IIntegrationEvent;

/// <summary>An amendment (integrazione) changed the award: kind "topUp" or "reduction", by <see cref="Amount"/>.</summary>
public sealed record GrantAmended(
    Guid EventId, string TenantId, DateTimeOffset OccurredAt, Guid GrantId, int Version, Guid AmendmentId,
    string Kind, decimal Amount, decimal AwardedAfter, string Status)
    : IIntegrationEvent;

/// <summary>Money was paid to the beneficiary. Status is "disbursing", or "disbursed" once the whole award is paid.</summary>
public sealed record GrantDisbursed(
    Guid EventId, string TenantId, DateTimeOffset OccurredAt, Guid GrantId, int Version, Guid DisbursementId,
    decimal Amount, DateOnly Date, decimal DisbursedTotal, string Status)
    : IIntegrationEvent;

/// <summary>The beneficiary reported what the project actually spent.</summary>
public sealed record GrantReported(
    Guid EventId, string TenantId, DateTimeOffset OccurredAt, Guid GrantId, int Version, decimal ActualSpend, DateOnly ReportedOn)
    : IIntegrationEvent;

/// <summary>The grant is closed: paid and accounted for.</summary>
public sealed record GrantClosed(
    Guid EventId, string TenantId, DateTimeOffset OccurredAt, Guid GrantId, int Version)
    : IIntegrationEvent;

/// <summary>The grant was revoked; what was not yet disbursed (<see cref="ReleasedAmount"/>) went back to its line.</summary>
public sealed record GrantRevoked(
    Guid EventId, string TenantId, DateTimeOffset OccurredAt, Guid GrantId, int Version, decimal ReleasedAmount,
    decimal Disbursed, string? Reason)
    : IIntegrationEvent;
