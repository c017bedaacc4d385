namespace Rete.Seeds;

/// <summary>The Registry and Grants APIs' enum values (camelCase strings), checked before anything is sent.</summary>
internal static class Vocabulary
{
    public static readonly IReadOnlyList<string> OrganisationKinds =
    [
        "municipality", "district", "employmentCentre", "socialServices", "healthService",
        "accreditedOperator", "jobDesk", "trainingAgency", "association", "socialCooperative",
        "parish", "tradeUnion", "company", "foundation", "school", "inHouseCompany",
    ];

    public static readonly IReadOnlyList<string> Areas =
    [
        "guidance", "training", "placements", "inclusion", "disability", "youth", "women", "migrants",
        "enterpriseSupport",
    ];

    public static readonly IReadOnlyList<string> TargetGroups =
    [
        "youthUnder18", "adultsInDifficulty", "disability", "migrants", "women", "longTermUnemployed",
    ];

    public static readonly IReadOnlyList<string> AccreditationKinds = ["servicesForWork", "training"];

    public static readonly IReadOnlyList<string> AccreditationStages = ["provisional", "definitive"];

    /// <summary>The roles Identity seeds a development user for (ReteRoles.All).</summary>
    public static readonly IReadOnlyList<string> Roles =
        ["consortium-admin", "operator", "social-worker", "cpi-operator", "partner", "auditor", "ops"];

    public static readonly IReadOnlyList<string> NetworkScopes = ["district", "municipality", "consortium"];

    public static readonly IReadOnlyList<string> Memberships = ["core", "extended"];

    public static readonly IReadOnlyList<string> FundingSources =
    [
        "municipalFunds", "cityLabourDivision", "region", "golPnrr", "esf", "participatoryBudgeting",
    ];

    public static readonly IReadOnlyList<string> LineKinds = ["stipends", "grants", "other"];

    public static readonly IReadOnlyList<string> AmendmentKinds = ["topUp", "reduction"];
}
