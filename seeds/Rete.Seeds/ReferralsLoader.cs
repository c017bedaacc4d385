namespace Rete.Seeds;

/// <summary>
/// Loads one tenant's referrals file after its Registry data: synthetic people registered, GOL assignments made by
/// the CPI's operator on their dates, referrals sent with the person's consent and accepted or rejected, candidate
/// bank entries. Every POST has a deterministic Idempotency-Key (<c>seed:{tenant}:person:{cohort}:{n}</c>, ...).
/// </summary>
internal sealed class ReferralsLoader(IReferralsApi api)
{
    private ReferralsSummary summary = new();

    public async Task<ReferralsSummary> LoadAsync(
        ReferralsSeedFile seed, IReadOnlyDictionary<string, string> organisationIds, CancellationToken ct)
    {
        summary = new ReferralsSummary();
        foreach (var g in seed.GolAssignments)
        {
            await api.WaitForOrganisationAsync(organisationIds[g.Operator], g.Operator, servicesForWork: true, ct);
        }

        foreach (var key in seed.Referrals.SelectMany(r => new[] { r.From, r.To }).Distinct())
        {
            await api.WaitForOrganisationAsync(organisationIds[key], key, servicesForWork: false, ct);
        }

        var index = 0;
        foreach (var g in seed.GolAssignments)
        {
            await LoadAsync(seed.Tenant, g, organisationIds, index, ct);
            index += g.People;
        }

        foreach (var r in seed.Referrals)
        {
            await LoadAsync(seed.Tenant, r, organisationIds, index, ct);
            index += r.People;
        }

        foreach (var c in seed.CandidateBanks)
        {
            await LoadAsync(seed.Tenant, c, index, ct);
            index += c.People;
        }

        return summary;
    }

    private async Task LoadAsync(string tenant, GolCohort g, IReadOnlyDictionary<string, string> ids, int first, CancellationToken ct)
    {
        var cpi = new SeedActor("cpi-operator", ids[g.Cpi]);
        var pathways = g.Pathways.OrderBy(p => p.Key, StringComparer.Ordinal)
            .SelectMany(p => Enumerable.Repeat(int.Parse(p.Key, System.Globalization.CultureInfo.InvariantCulture), p.Value))
            .Select((pathway, i) => (pathway, i)).OrderBy(x => (uint)x.i * 2654435761u % 1000003).Select(x => x.pathway).ToList();
        var days = g.To.DayNumber - g.From.DayNumber;
        var people = new List<string>();
        summary.PeopleByCohort[g.Key] = people;
        for (var n = 0; n < g.People; n++)
        {
            var key = $"seed:{tenant}:gol:{g.Key}:{n}";
            var person = await RegisterAsync(SyntheticPeople.Make(first + n, g.BirthPlaceCode, g.Residence), key, ct);
            people.Add(person);
            // Spread over the period, the pathways interleaved so that each month has some of each.
            var on = g.From.AddDays(g.People == 1 ? 0 : (int)((long)days * n / (g.People - 1)));
            await api.PostAsync("assignments", new
            {
                personId = person,
                cpiOrganisationId = ids[g.Cpi],
                operatorOrganisationId = ids[g.Operator],
                pathway = pathways[n],
                assignedOn = on,
            }, $"{key}:assignment", cpi, ct);
            summary.Assignments++;
        }
    }

    private async Task LoadAsync(string tenant, ReferralCohort r, IReadOnlyDictionary<string, string> ids, int first, CancellationToken ct)
    {
        var rejections = r.Rejected.OrderBy(x => x.Key, StringComparer.Ordinal).SelectMany(x => Enumerable.Repeat(x.Key, x.Value)).ToList();
        for (var n = 0; n < r.People; n++)
        {
            var key = $"seed:{tenant}:referral:{r.Key}:{n}";
            var person = await RegisterAsync(SyntheticPeople.Make(first + n, r.BirthPlaceCode, r.Residence), key, ct);
            await ConsentAsync(person, "referral", [ids[r.To]], r.ConsentOn, null, key, ct);
            // Entered after the fact, with the dates the desks would declare: sent within days of the consent, answered
            // one to three weeks later.
            var sentAt = new DateTimeOffset(r.ConsentOn.AddDays(n % 3).ToDateTime(new TimeOnly(8 + n % 6, 30)), TimeSpan.Zero);
            var referral = await api.PostAsync("referrals", new
            {
                personId = person,
                fromOrganisationId = ids[r.From],
                toOrganisationId = ids[r.To],
                programme = r.Programme,
                reason = "Percorso GOL 4 (lavoro e inclusione) concordato tra Centro per l'impiego e servizi sociali",
                priority = n % 4 == 0 ? "high" : "normal",
                sentAt,
            }, $"{key}:referral", SeedActor.Admin, ct) ?? throw new RegistryException($"POST referrals ({key}) answered without an \"id\"");
            summary.Referrals++;
            if (n < r.Accepted)
            {
                await api.PostAsync($"referrals/{referral}/accept", new { caseManagerId = r.CaseManagers[n % r.CaseManagers.Count], acceptedAt = sentAt.AddDays(7 + n * 5 % 14) },
                    $"{key}:accept", SeedActor.Admin, ct, versionOf: $"referrals/{referral}");
            }
            else if (n - r.Accepted < rejections.Count)
            {
                await api.PostAsync($"referrals/{referral}/reject", new { reasonCode = rejections[n - r.Accepted], rejectedAt = sentAt.AddDays(3 + n % 10) }, $"{key}:reject", SeedActor.Admin, ct,
                    versionOf: $"referrals/{referral}");
            }
        }
    }

    private async Task LoadAsync(string tenant, CandidateCohort c, int first, CancellationToken ct)
    {
        var days = c.ConsentTo.DayNumber - c.ConsentFrom.DayNumber;
        string[] mobility = ["publicTransport", "car", "none", "anyDistrict"];
        for (var n = 0; n < c.People; n++)
        {
            var key = $"seed:{tenant}:candidate:{c.Key}:{n}";
            var person = await RegisterAsync(SyntheticPeople.Make(first + n, c.BirthPlaceCode, c.Residence), key, ct);
            var given = c.ConsentFrom.AddDays(c.People == 1 ? 0 : (int)((long)days * n / (c.People - 1)));
            await ConsentAsync(person, "candidateBank", [], given, given.AddYears(c.ConsentYears), key, ct);
            var skills = new[] { c.Skills[n % c.Skills.Count], c.Skills[(n / c.Skills.Count + n + 3) % c.Skills.Count] }.Distinct();
            await api.PutAsync($"candidates/{person}", new
            {
                cv = "Curriculum di prova (persona fittizia).",
                skills,
                hoursPerWeek = 12 + n % 4 * 8,
                mobility = mobility[n % mobility.Length],
            }, SeedActor.Admin, ct);
            summary.Candidates++;
        }
    }

    private async Task<string> RegisterAsync(SyntheticPerson p, string key, CancellationToken ct)
    {
        var id = await api.PostAsync("people", new
        {
            firstName = p.FirstName,
            lastName = p.LastName,
            taxCode = p.TaxCode,
            birthDate = p.BirthDate,
            municipalityIstat = p.MunicipalityIstat,
            district = p.District,
            targetGroups = p.TargetGroups,
            education = p.Education,
        }, $"{key}:person", SeedActor.Admin, ct) ?? throw new RegistryException($"POST people ({key}) answered without an \"id\"");
        summary.People++;
        return id;
    }

    private async Task ConsentAsync(string person, string purpose, string[] recipients, DateOnly given, DateOnly? expires, string key, CancellationToken ct)
    {
        await api.PostAsync($"people/{person}/consents", new
        {
            purpose,
            recipientOrganisationIds = recipients,
            givenOn = given,
            expiresOn = expires,
            signedBy = "la persona (modulo cartaceo)",
        }, $"{key}:consent:{purpose}:{expires:yyyy-MM-dd}", SeedActor.Admin, ct);
        summary.Consents++;
    }
}

/// <summary>What one tenant's referrals load sent.</summary>
internal sealed class ReferralsSummary
{
    public int People { get; set; }

    public int Consents { get; set; }

    public int Assignments { get; set; }

    public int Referrals { get; set; }

    public int Candidates { get; set; }

    /// <summary>The ids of the people of each GOL cohort, in order: the placements loader opens their projects.</summary>
    public Dictionary<string, List<string>> PeopleByCohort { get; } = [];

    public override string ToString() =>
        $"{People} people, {Consents} consents, {Assignments} GOL assignments, {Referrals} referrals, {Candidates} candidates";
}
