namespace Rete.Seeds;

/// <summary>The Registry API's enum values (camelCase strings), checked before anything is sent.</summary>
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

    public static readonly IReadOnlyList<string> NetworkScopes = ["district", "municipality", "consortium"];

    public static readonly IReadOnlyList<string> Memberships = ["core", "extended"];
}
