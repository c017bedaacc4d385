using Rete.Contracts.Referrals;
using Rete.ServiceDefaults.Data;
using Rete.ServiceDefaults.Domain;
using Rete.ServiceDefaults.Errors;

namespace Rete.Referrals.Referrals;

/// <summary>
/// A person sent from one organisation to another: sent, then accepted (taken in charge by a case manager) and
/// closed with an outcome, or rejected with a reason code, or withdrawn by the sender. Every step keeps its time: when
/// it happened (declared when a paper referral is entered late) and, for the whole referral, when it was entered here.
/// </summary>
public sealed class Referral : Aggregate, ITenantOwned, IHasId
{
    public const string Sent = "sent";
    public const string Accepted = "accepted";
    public const string Rejected = "rejected";
    public const string Withdrawn = "withdrawn";
    public const string Closed = "closed";

    public static readonly string[] Programmes = ["municipalProject", "golPathway1", "golPathway2", "golPathway3", "golPathway4", "inclusionMeasure"];
    public static readonly string[] Priorities = ["low", "normal", "high", "urgent"];
    public static readonly string[] RejectionReasons = ["outOfScope", "noCapacity", "missingInformation", "alreadyInCharge", "personDeclined", "other"];
    public static readonly string[] Outcomes = ["employed", "training", "placement", "returnedToSender", "leftAssistance", "dropout", "other"];

    private Referral()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid PersonId { get; private set; }

    public Guid FromOrganisationId { get; private set; }

    public Guid ToOrganisationId { get; private set; }

    public string Programme { get; private set; } = "";

    /// <summary>Why the person is sent, in the sender's words: stays here, never in events.</summary>
    public string Reason { get; private set; } = "";

    public string Priority { get; private set; } = "";

    /// <summary>The consent in force when the person was shared.</summary>
    public Guid ConsentId { get; private set; }

    public string Status { get; private set; } = Sent;

    public string SentBy { get; private set; } = "";

    public string? CaseManagerId { get; private set; }

    public string? RejectionReasonCode { get; private set; }

    public string? Outcome { get; private set; }

    public DateTimeOffset SentAt { get; private set; }

    public DateTimeOffset? AcceptedAt { get; private set; }

    public DateTimeOffset? RejectedAt { get; private set; }

    public DateTimeOffset? WithdrawnAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>When the referral was entered here; <see cref="SentAt"/> is earlier when a paper referral is recorded late.</summary>
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>When its last step was entered here.</summary>
    public DateTimeOffset UpdatedAt { get; private set; }

    public int Version { get; private set; }

    public static Referral Send(
        string tenantId, Guid personId, Guid from, Guid to, string programme, string reason, string priority, Guid consentId,
        string sentBy, DateTimeOffset? sentAt, DateTimeOffset now)
    {
        var at = StepTime.Resolve(sentAt, null, now);
        var referral = new Referral
        {
            Id = Guid.CreateVersion7(now),
            TenantId = tenantId,
            PersonId = personId,
            FromOrganisationId = from,
            ToOrganisationId = to,
            Programme = programme,
            Reason = reason.Trim(),
            Priority = priority,
            ConsentId = consentId,
            SentBy = sentBy,
            SentAt = at,
            RecordedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        referral.Raise(new ReferralSent(Guid.CreateVersion7(now), tenantId, now, referral.Id, personId, referral.Version,
            from, to, programme, priority, consentId, at));
        return referral;
    }

    public void Accept(string caseManagerId, DateTimeOffset? acceptedAt, DateTimeOffset now)
    {
        Require(Sent, "referral-not-pending", "Si può prendere in carico solo una segnalazione inviata e non ancora gestita.");
        var at = StepTime.Resolve(acceptedAt, SentAt, now);
        (Status, CaseManagerId, AcceptedAt, UpdatedAt) = (Accepted, caseManagerId, at, now);
        Version++;
        Raise(new ReferralAccepted(Guid.CreateVersion7(now), TenantId, now, Id, PersonId, Version, FromOrganisationId, ToOrganisationId,
            caseManagerId, SentAt, at));
    }

    public void Reject(string reasonCode, DateTimeOffset? rejectedAt, DateTimeOffset now)
    {
        Require(Sent, "referral-not-pending", "Si può respingere solo una segnalazione inviata e non ancora gestita.");
        var at = StepTime.Resolve(rejectedAt, SentAt, now);
        (Status, RejectionReasonCode, RejectedAt, UpdatedAt) = (Rejected, reasonCode, at, now);
        Version++;
        Raise(new ReferralRejected(Guid.CreateVersion7(now), TenantId, now, Id, PersonId, Version, FromOrganisationId, ToOrganisationId,
            reasonCode, SentAt, at));
    }

    public void Withdraw(DateTimeOffset? withdrawnAt, DateTimeOffset now)
    {
        if (Status is not (Sent or Accepted))
        {
            throw new DomainException("referral-finished", "La segnalazione è già conclusa: non si può ritirare.");
        }

        var at = StepTime.Resolve(withdrawnAt, AcceptedAt ?? SentAt, now);
        (Status, WithdrawnAt, UpdatedAt) = (Withdrawn, at, now);
        Version++;
        Raise(new ReferralWithdrawn(Guid.CreateVersion7(now), TenantId, now, Id, PersonId, Version, FromOrganisationId, ToOrganisationId, at));
    }

    public void Close(string outcome, DateTimeOffset? closedAt, DateTimeOffset now)
    {
        Require(Accepted, "referral-not-accepted", "Si può chiudere solo una segnalazione presa in carico.");
        var at = StepTime.Resolve(closedAt, AcceptedAt!.Value, now);
        (Status, Outcome, ClosedAt, UpdatedAt) = (Closed, outcome, at, now);
        Version++;
        Raise(new ReferralClosed(Guid.CreateVersion7(now), TenantId, now, Id, PersonId, Version, FromOrganisationId, ToOrganisationId,
            outcome, AcceptedAt!.Value, at));
    }

    private void Require(string status, string code, string message)
    {
        if (Status != status)
        {
            throw new DomainException(code, message);
        }
    }
}
