namespace Rete.Seeds;

// The shape of seeds/data/<tenant>.json. Items refer to each other by `key` (a slug unique in its list),
// never by id: ids are assigned by the services when the file is loaded. Each top-level list belongs to
// one service; a service that gets seed data later adds its own list here (e.g. `grants`).

/// <summary>One tenant's seed data.</summary>
internal sealed record SeedFile
{
    /// <summary>The tenant slug; must match the file name.</summary>
    public required string Tenant { get; init; }

    /// <summary>The documents the data comes from (not sent anywhere).</summary>
    public List<string> Sources { get; init; } = [];

    public required SeedConsortium Consortium { get; init; }

    public List<SeedOrganisation> Organisations { get; init; } = [];

    public List<SeedNetwork> Networks { get; init; } = [];

    /// <summary>
    /// Role → organisation key: the seeded development user <c>{role}@{tenant}</c> acts for that organisation (its
    /// token's <c>org</c>), so a social worker or a CPI operator signs in to its own referral queue. Set through
    /// Identity's user administration after the organisations exist; skipped where Identity seeded no such user.
    /// </summary>
    public Dictionary<string, string> DevelopmentUsers { get; init; } = [];
}

/// <summary>The consortium profile: <c>PUT /consortium</c>.</summary>
internal sealed record SeedConsortium
{
    public required string Name { get; init; }

    /// <summary>ISTAT code of the lead municipality (capofila); absent when the documents name none.</summary>
    public string? LeadMunicipalityIstat { get; init; }

    public required List<SeedMunicipality> Members { get; init; }

    /// <summary>Where codes and populations come from (not sent).</summary>
    public string? Source { get; init; }
}

internal sealed record SeedMunicipality
{
    public required string IstatCode { get; init; }

    public required string Name { get; init; }

    public required int Population { get; init; }
}

/// <summary>An organisation (nodo della rete): <c>POST /organisations</c>.</summary>
internal sealed record SeedOrganisation
{
    public required string Key { get; init; }

    public required string Name { get; init; }

    public required string Kind { get; init; }

    /// <summary>Key of the parent organisation in the same file.</summary>
    public string? Parent { get; init; }

    public string? TaxCode { get; init; }

    public string? Address { get; init; }

    public string? MunicipalityIstat { get; init; }

    public string? District { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public string? Website { get; init; }

    public List<string> Areas { get; init; } = [];

    public List<string> TargetGroups { get; init; } = [];

    public string? Notes { get; init; }

    public List<SeedAccreditation> Accreditations { get; init; } = [];
}

/// <summary>A regional accreditation: <c>POST /organisations/{id}/accreditations</c>.</summary>
internal sealed record SeedAccreditation
{
    public required string Key { get; init; }

    public required string Region { get; init; }

    public string? RegisterNumber { get; init; }

    public required string Kind { get; init; }

    public required string Stage { get; init; }

    /// <summary>Absent when the documents do not give it; the organisation's notes say so.</summary>
    public DateOnly? ValidFrom { get; init; }

    public DateOnly? ValidTo { get; init; }

    public List<string> Sites { get; init; } = [];
}

/// <summary>A network table (tavolo): <c>POST /networks</c>, then its members and meetings.</summary>
internal sealed record SeedNetwork
{
    public required string Key { get; init; }

    public required string Name { get; init; }

    public required string Scope { get; init; }

    public string? District { get; init; }

    public string? MunicipalityIstat { get; init; }

    public string? Description { get; init; }

    public List<SeedNetworkMember> Members { get; init; } = [];

    public List<SeedMeeting> Meetings { get; init; } = [];
}

internal sealed record SeedNetworkMember
{
    /// <summary>Key of the member organisation.</summary>
    public required string Organisation { get; init; }

    public string? Role { get; init; }

    public required string Membership { get; init; }
}

internal sealed record SeedMeeting
{
    public required string Key { get; init; }

    public required DateOnly Date { get; init; }

    /// <summary>HH:mm</summary>
    public string? StartTime { get; init; }

    /// <summary>HH:mm</summary>
    public string? EndTime { get; init; }

    public string? Place { get; init; }

    public List<string> Agenda { get; init; } = [];

    public List<SeedAttendance> Attendance { get; init; } = [];

    public string? Minutes { get; init; }

    public List<string> Decisions { get; init; } = [];
}

/// <summary>Either an organisation of the file (by key) or a free-text name, with a head count.</summary>
internal sealed record SeedAttendance
{
    public string? Organisation { get; init; }

    public string? OrganisationName { get; init; }

    public required int People { get; init; }
}
