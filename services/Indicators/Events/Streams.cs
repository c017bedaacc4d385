using Rete.Contracts;
using Rete.Contracts.Grants;
using Rete.Contracts.Placements;
using Rete.Contracts.Referrals;
using Rete.Contracts.Registry;
using Rete.Indicators.SpecialCategories;

namespace Rete.Indicators.Events;

/// <summary>
/// The events this service keeps, each with the stream (the aggregate) its figures are folded from. An event of
/// a type not listed here is not subscribed to.
/// </summary>
public static class Streams
{
    public const string Organisation = "organisation";
    public const string Accreditation = "accreditation";
    public const string BudgetLine = "budgetLine";
    public const string Grant = "grant";
    public const string Reservation = "reservation";
    public const string Placement = "placement";
    public const string Project = "project";
    public const string Referral = "referral";
    public const string GolAssignment = "golAssignment";
    public const string Consent = "consent";
    public const string Person = "person";
    public const string SpecialCategories = "specialCategories";

    public static StreamKey? KeyOf(IIntegrationEvent e) => e switch
    {
        OrganisationRegistered m => new(Organisation, m.OrganisationId, m.Version),
        OrganisationUpdated m => new(Organisation, m.OrganisationId, m.Version),
        OrganisationSnapshotPublished m => new(Organisation, m.OrganisationId, m.Version),
        OrganisationSuspended m => new(Organisation, m.OrganisationId, m.Version),
        OrganisationReactivated m => new(Organisation, m.OrganisationId, m.Version),
        OrganisationClosed m => new(Organisation, m.OrganisationId, m.Version),
        AccreditationGranted m => new(Accreditation, m.AccreditationId, m.Version),
        AccreditationRenewed m => new(Accreditation, m.AccreditationId, m.Version),
        AccreditationExpired m => new(Accreditation, m.AccreditationId, m.Version),
        BudgetLineSet m => new(BudgetLine, m.BudgetLineId, m.Version),
        GrantRecorded m => new(Grant, m.GrantId, m.Version),
        GrantApproved m => new(Grant, m.GrantId, m.Version),
        GrantAmended m => new(Grant, m.GrantId, m.Version),
        GrantDisbursed m => new(Grant, m.GrantId, m.Version),
        GrantReported m => new(Grant, m.GrantId, m.Version),
        GrantClosed m => new(Grant, m.GrantId, m.Version),
        GrantRevoked m => new(Grant, m.GrantId, m.Version),
        StipendsReserved m => new(Reservation, m.ReservationId, m.Version),
        StipendReservationReleased m => new(Reservation, m.ReservationId, m.Version),
        PlacementProposed m => new(Placement, m.PlacementId, m.Version),
        PlacementFunded m => new(Placement, m.PlacementId, m.Version),
        PlacementFundingRefused m => new(Placement, m.PlacementId, m.Version),
        PlacementStarted m => new(Placement, m.PlacementId, m.Version),
        PlacementCompleted m => new(Placement, m.PlacementId, m.Version),
        PlacementInterrupted m => new(Placement, m.PlacementId, m.Version),
        PlacementCancelled m => new(Placement, m.PlacementId, m.Version),
        PlacementAttendanceRecorded m => new(Placement, m.PlacementId, m.Version),
        PlacementOutcomeRecorded m => new(Placement, m.PlacementId, m.Version),
        PlacementFollowUpRecorded m => new(Placement, m.PlacementId, m.Version),
        ProjectOpened m => new(Project, m.ProjectId, m.Version),
        ProjectConcluded m => new(Project, m.ProjectId, m.Version),
        PersonRegistered m => new(Person, m.PersonId, m.Version),
        PersonResidenceChanged m => new(Person, m.PersonId, m.Version),
        ConsentGiven m => new(Consent, m.ConsentId, m.Version),
        ConsentWithdrawn m => new(Consent, m.ConsentId, m.Version),
        ConsentExpired m => new(Consent, m.ConsentId, m.Version),
        ReferralSent m => new(Referral, m.ReferralId, m.Version),
        ReferralAccepted m => new(Referral, m.ReferralId, m.Version),
        ReferralRejected m => new(Referral, m.ReferralId, m.Version),
        ReferralWithdrawn m => new(Referral, m.ReferralId, m.Version),
        ReferralClosed m => new(Referral, m.ReferralId, m.Version),
        GolAssignmentCreated m => new(GolAssignment, m.AssignmentId, m.Version),
        GolAssignmentClosed m => new(GolAssignment, m.AssignmentId, m.Version),
        // One stream per tenant; the as-of day orders the publications, so the latest wins whatever the arrival order.
        SpecialCategoryCountsPublished m => new(SpecialCategories, SpecialCategoryFigure.StreamOf(m.TenantId), m.AsOf.DayNumber),
        _ => null,
    };
}
