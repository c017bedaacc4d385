namespace Rete.Contracts.Referrals;

// A referral moves a person from one organisation to another: sent -> accepted -> closed, or sent -> rejected,
// or sent/accepted -> withdrawn. Every event repeats both organisations so that a consumer can count by source
// and destination without keeping the referral. Free text (the reason's wording, notes) never travels: only codes.
// Programme travels as its camelCase name: "municipalProject", "golPathway1".."golPathway4", "inclusionMeasure".
// Priority: "low", "normal", "high", "urgent". CaseManagerId is the user's opaque subject id.

/// <summary>An organisation sent a person to another one (the person's consent was in force at that moment).</summary>
public sealed record ReferralSent(
    Guid EventId, string TenantId, DateTimeOffset OccurredAt, Guid ReferralId, Guid PersonId, int Version,
    Guid FromOrganisationId, Guid ToOrganisationId, string Programme, string Priority, Guid ConsentId,
    DateTimeOffset SentAt)
    : IIntegrationEvent;

/// <summary>The receiver took the person in charge, naming a case manager.</summary>
public sealed record ReferralAccepted(
    Guid EventId, string TenantId, DateTimeOffset OccurredAt, Guid ReferralId, Guid PersonId, int Version,
    Guid FromOrganisationId, Guid ToOrganisationId, string CaseManagerId, DateTimeOffset SentAt, DateTimeOffset AcceptedAt)
    : IIntegrationEvent;

/// <summary>
/// The receiver refused the referral. ReasonCode: "outOfScope", "noCapacity", "missingInformation",
/// "alreadyInCharge", "personDeclined", "other".
/// </summary>
public sealed record ReferralRejected(
    Guid EventId, string TenantId, DateTimeOffset OccurredAt, Guid ReferralId, Guid PersonId, int Version,
    Guid FromOrganisationId, Guid ToOrganisationId, string ReasonCode, DateTimeOffset SentAt, DateTimeOffset RejectedAt)
    : IIntegrationEvent;

/// <summary>The sender took the referral back before it was closed.</summary>
public sealed record ReferralWithdrawn(
    Guid EventId, string TenantId, DateTimeOffset OccurredAt, Guid ReferralId, Guid PersonId, int Version,
    Guid FromOrganisationId, Guid ToOrganisationId, DateTimeOffset WithdrawnAt)
    : IIntegrationEvent;

/// <summary>
/// An accepted referral ended. Outcome: "employed", "training", "placement", "returnedToSender",
/// "leftAssistance", "dropout", "other".
/// </summary>
public sealed record ReferralClosed(
    Guid EventId, string TenantId, DateTimeOffset OccurredAt, Guid ReferralId, Guid PersonId, int Version,
    Guid FromOrganisationId, Guid ToOrganisationId, string Outcome, DateTimeOffset AcceptedAt, DateTimeOffset ClosedAt)
    : IIntegrationEvent;
