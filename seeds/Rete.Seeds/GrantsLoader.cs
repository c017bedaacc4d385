namespace Rete.Seeds;

/// <summary>
/// Loads one tenant's grants file after its Registry data: waits until Grants knows every beneficiary (it learns them
/// from the Registry's events), then budgets and their lines, grants (recorded, approved, amended) and stipend
/// reservations. Every POST has a deterministic Idempotency-Key (<c>seed:{tenant}:budget:...</c>, <c>...:grant:...</c>),
/// so a second run replays the first answers.
/// </summary>
internal sealed class GrantsLoader(IGrantsApi api)
{
    public async Task<GrantsSummary> LoadAsync(
        GrantsSeedFile seed, IReadOnlyDictionary<string, string> organisationIds, CancellationToken cancellationToken)
    {
        var tenant = seed.Tenant;
        var summary = new GrantsSummary();
        foreach (var key in seed.Grants.Select(g => g.Beneficiary).Distinct())
        {
            await api.WaitForOrganisationAsync(organisationIds[key], key, cancellationToken);
        }

        var lineIds = summary.LineIds;
        foreach (var budget in seed.Budgets)
        {
            var budgetKey = $"seed:{tenant}:budget:{budget.Key}";
            var budgetId = await PostForIdAsync(
                "budgets", new BudgetRequest(budget.Year, budget.Source, budget.Name, budget.Notes), budgetKey, cancellationToken);
            summary.Budgets++;
            var budgetPath = $"budgets/{Uri.EscapeDataString(budgetId)}";
            foreach (var line in budget.Lines)
            {
                lineIds[$"{budget.Key}/{line.Key}"] = await PostForIdAsync(
                    $"{budgetPath}/lines",
                    new BudgetLineRequest(line.Kind, line.Name, line.Amount),
                    $"{budgetKey}:line:{line.Key}",
                    cancellationToken,
                    versionOf: budgetPath);
                summary.Lines++;
            }
        }

        foreach (var grant in seed.Grants)
        {
            var grantKey = $"seed:{tenant}:grant:{grant.Key}";
            var resolution = grant.ResolutionNumber is null && grant.ResolutionDate is null && grant.ResolutionOffice is null
                ? null
                : new ResolutionRequest(grant.ResolutionNumber, grant.ResolutionDate, grant.ResolutionOffice);
            var grantId = await PostForIdAsync(
                "grants",
                new GrantRequest(grant.Title, grant.Project, organisationIds[grant.Beneficiary], lineIds[grant.Line], resolution,
                    grant.YearFrom, grant.YearTo, grant.Awarded, grant.TotalProjectCost, grant.LegalBasis, grant.SelectionMethod, grant.Notes),
                grantKey,
                cancellationToken);
            var grantPath = $"grants/{Uri.EscapeDataString(grantId)}";
            await api.PostAsync($"{grantPath}/approve", new EmptyRequest(), $"{grantKey}:approve", cancellationToken, versionOf: grantPath);
            summary.Grants++;

            foreach (var amendment in grant.Amendments)
            {
                await api.PostAsync(
                    $"{grantPath}/amendments",
                    new AmendmentRequest(amendment.Kind, amendment.Amount, amendment.Reason),
                    $"{grantKey}:amendment:{amendment.Key}",
                    cancellationToken,
                    versionOf: grantPath);
                summary.Amendments++;
            }
        }

        foreach (var reservation in seed.StipendReservations)
        {
            await api.PostAsync(
                "reservations",
                new StipendReservationRequest(lineIds[reservation.Line], reservation.Months, reservation.MonthlyAmount),
                $"seed:{tenant}:reservation:{reservation.Key}",
                cancellationToken);
            summary.Reservations++;
        }

        return summary;
    }

    private async Task<string> PostForIdAsync(
        string path, object body, string idempotencyKey, CancellationToken cancellationToken, string? versionOf = null) =>
        await api.PostAsync(path, body, idempotencyKey, cancellationToken, versionOf)
        ?? throw new RegistryException($"POST /api/grants/{path} (Idempotency-Key {idempotencyKey}) answered without an \"id\"");
}

/// <summary>What one tenant's grants load sent.</summary>
internal sealed class GrantsSummary
{
    public int Budgets { get; set; }

    public int Lines { get; set; }

    public int Grants { get; set; }

    public int Amendments { get; set; }

    public int Reservations { get; set; }

    /// <summary>The budget lines' ids by "budget key/line key": placements are funded from them.</summary>
    public Dictionary<string, string> LineIds { get; } = [];

    public override string ToString() =>
        $"{Budgets} budgets, {Lines} budget lines, {Grants} grants, {Amendments} amendments, {Reservations} stipend reservations";
}
