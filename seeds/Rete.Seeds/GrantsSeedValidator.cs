namespace Rete.Seeds;

/// <summary>
/// Checks a tenant's grants file before anything is sent: vocabularies, keys, references to budget lines and to the
/// organisations of the tenant's Registry file, money exact to the cent, and that every line has room for what the
/// file commits on it (so the load cannot stop half-way on a 409).
/// </summary>
internal static class GrantsSeedValidator
{
    public static List<string> Validate(GrantsSeedFile seed, string expectedTenant, IReadOnlySet<string> organisationKeys)
    {
        var errors = new List<string>();
        if (seed.Tenant != expectedTenant)
        {
            errors.Add($"tenant '{seed.Tenant}' does not match the file name '{expectedTenant}'");
        }

        var lines = ValidateBudgets(seed.Budgets, errors);
        var committed = lines.Keys.ToDictionary(k => k, _ => 0m);

        var grantKeys = new HashSet<string>();
        foreach (var grant in seed.Grants)
        {
            var item = $"grant '{grant.Key}'";
            SeedValidator.CheckKey(grant.Key, item, grantKeys, errors);
            SeedValidator.CheckText(grant.Title, item, "title", errors);
            if (!organisationKeys.Contains(grant.Beneficiary))
            {
                errors.Add($"{item}: no organisation with key '{grant.Beneficiary}' in the tenant's registry file");
            }

            if (grant.YearFrom is < 1990 or > 2100 || grant.YearTo < grant.YearFrom || grant.YearTo > 2100)
            {
                errors.Add($"{item}: years {grant.YearFrom}-{grant.YearTo} are not a period between 1990 and 2100");
            }

            CheckMoney(grant.Awarded, item, "awarded", errors);
            var award = grant.Awarded;
            var peak = award;
            var amendmentKeys = new HashSet<string>();
            foreach (var amendment in grant.Amendments)
            {
                var amendmentItem = $"{item} amendment '{amendment.Key}'";
                SeedValidator.CheckKey(amendment.Key, amendmentItem, amendmentKeys, errors);
                SeedValidator.CheckOneOf(amendment.Kind, Vocabulary.AmendmentKinds, amendmentItem, "kind", errors);
                CheckMoney(amendment.Amount, amendmentItem, "amount", errors);
                award += amendment.Kind == "reduction" ? -amendment.Amount : amendment.Amount;
                peak = Math.Max(peak, award);
                if (award <= 0)
                {
                    errors.Add($"{amendmentItem}: the award would drop to zero or below");
                }
            }

            if (grant.TotalProjectCost is { } cost && cost < peak)
            {
                errors.Add($"{item}: totalProjectCost {cost} is below the award");
            }

            if (CheckLine(grant.Line, lines, item, errors) is { } kind)
            {
                if (kind == "stipends")
                {
                    errors.Add($"{item}: line '{grant.Line}' is a stipends line; grants go on grants or other lines");
                }

                committed[grant.Line] += peak;
            }
        }

        var reservationKeys = new HashSet<string>();
        foreach (var reservation in seed.StipendReservations)
        {
            var item = $"stipend reservation '{reservation.Key}'";
            SeedValidator.CheckKey(reservation.Key, item, reservationKeys, errors);
            if (reservation.Months is < 1 or > 24)
            {
                errors.Add($"{item}: months must be 1 to 24");
            }

            CheckMoney(reservation.MonthlyAmount, item, "monthlyAmount", errors);
            if (CheckLine(reservation.Line, lines, item, errors) is { } kind)
            {
                if (kind != "stipends")
                {
                    errors.Add($"{item}: line '{reservation.Line}' is not a stipends line");
                }

                committed[reservation.Line] += reservation.Months * reservation.MonthlyAmount;
            }
        }

        foreach (var (line, total) in committed.Where(c => c.Value > lines[c.Key].Amount))
        {
            errors.Add($"line '{line}': the file commits {total} on it but it holds {lines[line].Amount}");
        }

        return errors;
    }

    private static Dictionary<string, SeedBudgetLine> ValidateBudgets(List<SeedBudget> budgets, List<string> errors)
    {
        var lines = new Dictionary<string, SeedBudgetLine>();
        var keys = new HashSet<string>();
        var yearsAndSources = new HashSet<(int, string)>();
        foreach (var budget in budgets)
        {
            var item = $"budget '{budget.Key}'";
            SeedValidator.CheckKey(budget.Key, item, keys, errors);
            SeedValidator.CheckOneOf(budget.Source, Vocabulary.FundingSources, item, "source", errors);
            if (budget.Year is < 1990 or > 2100)
            {
                errors.Add($"{item}: year {budget.Year} is not between 1990 and 2100");
            }

            if (!yearsAndSources.Add((budget.Year, budget.Source)))
            {
                errors.Add($"{item}: another budget has year {budget.Year} and source '{budget.Source}'");
            }

            var lineKeys = new HashSet<string>();
            foreach (var line in budget.Lines)
            {
                var lineItem = $"{item} line '{line.Key}'";
                SeedValidator.CheckKey(line.Key, lineItem, lineKeys, errors);
                SeedValidator.CheckOneOf(line.Kind, Vocabulary.LineKinds, lineItem, "kind", errors);
                SeedValidator.CheckText(line.Name, lineItem, "name", errors);
                if (line.Amount < 0 || decimal.Round(line.Amount, 2) != line.Amount)
                {
                    errors.Add($"{lineItem}: amount {line.Amount} must be zero or more, to the cent");
                }

                lines.TryAdd($"{budget.Key}/{line.Key}", line);
            }
        }

        return lines;
    }

    private static string? CheckLine(string reference, Dictionary<string, SeedBudgetLine> lines, string item, List<string> errors)
    {
        if (lines.TryGetValue(reference, out var line))
        {
            return line.Kind;
        }

        errors.Add($"{item}: no budget line '{reference}' (expected '<budget key>/<line key>')");
        return null;
    }

    private static void CheckMoney(decimal amount, string item, string field, List<string> errors)
    {
        if (amount <= 0 || decimal.Round(amount, 2) != amount)
        {
            errors.Add($"{item}: {field} {amount} must be more than zero, to the cent");
        }
    }
}
