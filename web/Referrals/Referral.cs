namespace Rete.Web.Referrals;

/// <summary>A referral as Referrals answers it: the person by id only (their file is read, and logged, apart).</summary>
public sealed record Referral(
    Guid Id, Guid PersonId, Guid FromOrganisationId, Guid ToOrganisationId, string Programme, string Reason, string Priority, string Status,
    string? CaseManagerId, string? RejectionReasonCode, string? Outcome, DateTimeOffset SentAt, DateTimeOffset? AcceptedAt,
    DateTimeOffset? RejectedAt, DateTimeOffset? WithdrawnAt, DateTimeOffset? ClosedAt, int Version);

public sealed record SendReferralRequest(Guid? PersonId, Guid? FromOrganisationId, Guid? ToOrganisationId, string? Programme, string? Reason, string? Priority,
    DateTimeOffset? SentAt);

public sealed record AcceptReferralRequest(string? CaseManagerId, DateTimeOffset? AcceptedAt);

public sealed record RejectReferralRequest(string? ReasonCode, DateTimeOffset? RejectedAt);

public sealed record WithdrawReferralRequest(DateTimeOffset? WithdrawnAt);

public sealed record CloseReferralRequest(string? Outcome, DateTimeOffset? ClosedAt);
