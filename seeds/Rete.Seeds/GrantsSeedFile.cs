namespace Rete.Seeds;

// The shape of seeds/data/<tenant>.grants.json, loaded into Grants after the tenant's Registry data. Items refer to
// each other by key: a grant to its budget line as "<budget key>/<line key>", to its beneficiary by the organisation's
// key in <tenant>.json.

/// <summary>One tenant's budgets, grants and stipend reservations.</summary>
internal sealed record GrantsSeedFile
{
    public required string Tenant { get; init; }

    public List<string> Sources { get; init; } = [];

    /// <summary>How the documents were turned into data: the rules and choices made (not sent).</summary>
    public List<string> Notes { get; init; } = [];

    public List<SeedBudget> Budgets { get; init; } = [];

    public List<SeedGrant> Grants { get; init; } = [];

    public List<SeedStipendReservation> StipendReservations { get; init; } = [];
}

/// <summary>A year's budget for one funding source: <c>POST /budgets</c>, then its lines.</summary>
internal sealed record SeedBudget
{
    public required string Key { get; init; }

    public required int Year { get; init; }

    public required string Source { get; init; }

    public string? Name { get; init; }

    public string? Notes { get; init; }

    public List<SeedBudgetLine> Lines { get; init; } = [];
}

/// <summary>A budget line: <c>POST /budgets/{id}/lines</c>.</summary>
internal sealed record SeedBudgetLine
{
    public required string Key { get; init; }

    public required string Kind { get; init; }

    public required string Name { get; init; }

    public required decimal Amount { get; init; }
}

/// <summary>A grant: recorded, approved, then amended as listed.</summary>
internal sealed record SeedGrant
{
    public required string Key { get; init; }

    public required string Title { get; init; }

    public string? Project { get; init; }

    /// <summary>Key of the beneficiary organisation in the tenant's Registry seed file.</summary>
    public required string Beneficiary { get; init; }

    /// <summary>"<budget key>/<line key>".</summary>
    public required string Line { get; init; }

    public required int YearFrom { get; init; }

    public required int YearTo { get; init; }

    public required decimal Awarded { get; init; }

    public decimal? TotalProjectCost { get; init; }

    public string? ResolutionNumber { get; init; }

    public DateOnly? ResolutionDate { get; init; }

    public string? ResolutionOffice { get; init; }

    public string? LegalBasis { get; init; }

    public string? SelectionMethod { get; init; }

    public string? Notes { get; init; }

    public List<SeedAmendment> Amendments { get; init; } = [];
}

internal sealed record SeedAmendment
{
    public required string Key { get; init; }

    /// <summary>"topUp" or "reduction".</summary>
    public required string Kind { get; init; }

    public required decimal Amount { get; init; }

    public string? Reason { get; init; }
}

/// <summary>Stipends reserved in aggregate on a stipends line: <c>POST /reservations</c>.</summary>
internal sealed record SeedStipendReservation
{
    public required string Key { get; init; }

    /// <summary>"<budget key>/<line key>".</summary>
    public required string Line { get; init; }

    public required int Months { get; init; }

    public required decimal MonthlyAmount { get; init; }
}
