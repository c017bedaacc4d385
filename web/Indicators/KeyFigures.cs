namespace Rete.Web.Indicators;

/// <summary>The parts of Indicators' reports the home page shows; a count below the threshold comes as null.</summary>
public sealed record OrganisationFigures(int Active, int Accredited);

public sealed record PlacementKindFigures(string Kind, int? Months, int? Started, int? Completed, int? Interrupted);

public sealed record PlacementFigures(
    int? Started, int? Completed, int? Interrupted, IReadOnlyList<PlacementKindFigures> ByKindAndLength,
    decimal? LeftAssistanceCircuitShare, int? FollowUpsOverdue);

public sealed record ReferralFigures(int? Sent, int? Accepted, int? Rejected, int? Withdrawn, int? Pending, int? PeopleAssigned);

public sealed record ProjectFigures(int? Ongoing, int? Concluded);

/// <summary>Money is never suppressed: these are sums, not people.</summary>
public sealed record FundingRow(string Key, int Grants, decimal Awarded, decimal Disbursed);

public sealed record FundingFigures(FundingRow Totals, IReadOnlyList<FundingRow> Years);
