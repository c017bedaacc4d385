namespace Rete.Contracts.Referrals;

// The candidate bank holds the CV and availability of people who consented to it ("candidateBank" purpose).
// The CV, skills and availability stay in Referrals; the events say only that a person is in or out.

/// <summary>A person entered the candidate bank (under the consent <see cref="ConsentId"/>).</summary>
public sealed record CandidateOptedIn(
    Guid EventId, string TenantId, DateTimeOffset OccurredAt, Guid PersonId, int Version,
    Guid ConsentId, string? District, DateOnly OptedInOn)
    : IIntegrationEvent;

/// <summary>
/// A person left the candidate bank: they asked to, or the consent was withdrawn or expired.
/// Reason: "personRequest", "consentWithdrawn", "consentExpired".
/// </summary>
public sealed record CandidateOptedOut(
    Guid EventId, string TenantId, DateTimeOffset OccurredAt, Guid PersonId, int Version,
    string Reason, DateOnly OptedOutOn)
    : IIntegrationEvent;
