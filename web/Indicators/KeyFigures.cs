namespace Rete.Web.Indicators;

/// <summary>The few figures of Indicators' reports the home page shows; a count below the threshold comes as null.</summary>
public sealed record OrganisationFigures(int Active, int Accredited);

public sealed record PlacementFigures(int? Started, int? Completed, decimal? LeftAssistanceCircuitShare, int? FollowUpsOverdue);

public sealed record ReferralFigures(int? Sent, int? Accepted, int? Pending, int? PeopleAssigned);

public sealed record ProjectFigures(int? Ongoing, int? Concluded);
