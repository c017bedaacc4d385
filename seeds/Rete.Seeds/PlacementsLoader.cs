using System.Text.Json;

namespace Rete.Seeds;

/// <summary>
/// Loads one tenant's placements file after its Referrals data: the fictional host companies through the Registry;
/// for each placement a synthetic person registered in Referrals with a <c>placement</c> consent for the host, the
/// proposal (retried while Placements has not yet heard of the consent or the organisations), the wait for Grants'
/// funding, start, monthly attendance, completion or interruption, outcome and the 31/92/182-day follow-ups; then the
/// projects, opened and concluded. Placements and projects are loaded a few at a time (<see cref="Parallelism"/>).
/// Every POST has a deterministic Idempotency-Key (<c>seed:{tenant}:placement:{cohort}:{n}:...</c>,
/// <c>seed:{tenant}:project:{cohort}:{n}</c>), and every change sends the If-Match of the answer before it, so a second run
/// replays the first answers and changes nothing.
/// </summary>
internal sealed class PlacementsLoader(IPlacementsApi api, IReferralsApi referrals, IRegistryApi registry, int parallelism = PlacementsLoader.Parallelism)
{
    /// <summary>Placements (and projects) loaded at once: each is a chain of steps, the chains are independent.</summary>
    public const int Parallelism = 8;

    /// <summary>Synthetic people of the placements start at this index, clear of the referrals file's people.</summary>
    public const int FirstPersonIndex = 100_000;

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan BeforeRepublish = TimeSpan.FromSeconds(5);
    private static readonly string[] Contracts = ["tempo determinato", "tempo indeterminato", "apprendistato"];

    private readonly PlacementsSummary summary = new();

    public async Task<PlacementsSummary> LoadAsync(
        PlacementsSeedFile seed, IReadOnlyDictionary<string, string> organisationIds, IReadOnlyDictionary<string, string> lineIds,
        IReadOnlyDictionary<string, List<string>> peopleByCohort, CancellationToken ct)
    {
        var tenant = seed.Tenant;
        var hostIds = new Dictionary<string, string>();
        foreach (var host in seed.Hosts)
        {
            hostIds[host.Key] = await registry.PostAsync("organisations",
                new OrganisationRequest(host.Name, host.Kind, null, null, host.MunicipalityIstat, host.District, null, null, null,
                    ["placements"], [], null, "Impresa fittizia dei dati di prova: i documenti non nominano le imprese ospitanti."),
                $"seed:{tenant}:org:{host.Key}", ct)
                ?? throw new RegistryException($"POST /api/registry/organisations (host {host.Key}) answered without an \"id\"");
            summary.Hosts++;
        }

        var work = new List<(PlacementCohort Cohort, int N, int PersonIndex)>();
        var index = FirstPersonIndex;
        foreach (var cohort in seed.Placements)
        {
            for (var n = 0; n < cohort.People; n++)
            {
                work.Add((cohort, n, index++));
            }
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = ct };
        await Parallel.ForEachAsync(work, options, async (w, token) =>
            await LoadPlacementAsync(tenant, w.Cohort, w.N, w.PersonIndex, organisationIds, lineIds, hostIds, token));

        var projects = seed.Projects.SelectMany(p => Enumerable.Range(0, p.Count).Select(n => (Cohort: p, N: n))).ToList();
        await Parallel.ForEachAsync(projects, options, async (w, token) =>
            await LoadProjectAsync(tenant, w.Cohort, w.N, organisationIds, peopleByCohort[w.Cohort.People], token));
        return summary;
    }

    private async Task LoadPlacementAsync(
        string tenant, PlacementCohort c, int n, int personIndex, IReadOnlyDictionary<string, string> ids,
        IReadOnlyDictionary<string, string> lineIds, IReadOnlyDictionary<string, string> hostIds, CancellationToken ct)
    {
        var key = $"seed:{tenant}:placement:{c.Key}:{n}";
        var p = SyntheticPeople.Make(personIndex, c.BirthPlaceCode, c.Residence, (c.BornFrom, c.BornTo), c.TargetGroups);
        var person = await referrals.PostAsync("people", new
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
        Interlocked.Increment(ref summary.People);

        var host = hostIds[c.Hosts[n % c.Hosts.Count]];
        var start = c.StartOf(n);
        var plannedEnd = start.AddMonths(c.DurationMonths).AddDays(-1);
        await referrals.PostAsync($"people/{person}/consents", new
        {
            purpose = "placement",
            recipientOrganisationIds = new[] { host },
            givenOn = start.AddDays(-14),
            signedBy = "la persona (modulo cartaceo)",
        }, $"{key}:consent:placement", SeedActor.Admin, ct);

        var proposal = await ProposeAsync(new
        {
            personId = person,
            kind = c.Kind,
            promotingOrganisationId = ids[c.Promoting],
            hostOrganisationId = host,
            budgetLineId = lineIds[c.LineOf(n)],
            monthlyStipend = c.MonthlyStipend,
            durationMonths = c.DurationMonths,
            plannedStart = start,
            weeklyHours = c.WeeklyHours,
            tutor = c.Tutor,
        }, key, ct);
        var path = $"placements/{Id(proposal, key)}";
        Interlocked.Increment(ref summary.Placements);

        var version = await WaitUntilFundedAsync(path, key, ct);
        version = await StepAsync(path, "start", new { startedOn = start }, $"{key}:start", version, ct);

        var interrupted = c.IsInterrupted(n);
        var months = interrupted ? 1 : c.DurationMonths;
        for (var month = 1; month <= months; month++)
        {
            // «Frequenza altissima, assenteismo ridotto al minimo»: a day missed now and then.
            var scheduled = 20;
            var attended = (n + month) % 4 == 0 ? scheduled - 1 : scheduled;
            version = await StepAsync(path, "attendance", new { month, daysAttended = attended, daysScheduled = scheduled },
                $"{key}:attendance:{month}", version, ct);
        }

        var ended = interrupted ? start.AddMonths(1).AddDays(9) : plannedEnd;
        version = interrupted
            ? await StepAsync(path, "interrupt", new { endedOn = ended, reason = "ritiro della persona" }, $"{key}:interrupt", version, ct)
            : await StepAsync(path, "complete", new { endedOn = ended }, $"{key}:complete", version, ct);
        if (interrupted)
        {
            Interlocked.Increment(ref summary.Interrupted);
        }
        else
        {
            Interlocked.Increment(ref summary.Completed);
        }

        var outcome = c.OutcomeOf(n);
        version = await StepAsync(path, "outcome", new
        {
            outcome,
            contractType = outcome == "hired" ? Contracts[n % Contracts.Length] : null,
            recordedOn = ended.AddDays(7),
        }, $"{key}:outcome", version, ct);

        foreach (var days in new[] { 31, 92, 182 })
        {
            var found = c.FollowUps[days.ToString(System.Globalization.CultureInfo.InvariantCulture)];
            version = await StepAsync(path, $"follow-ups/{days}", new
            {
                employed = n < found.Employed,
                inAssistanceCircuit = n >= found.LeftCircuit,
                recordedOn = ended.AddDays(days),
            }, $"{key}:follow-up:{days}", version, ct);
            Interlocked.Increment(ref summary.FollowUps);
        }
    }

    /// <summary>
    /// Proposes the placement. Placements learns the consent from Referrals' <c>ConsentGiven</c> and the organisations
    /// from the Registry's events, so a proposal made at once may be refused (409 <c>no-placement-consent</c>, 400 on an
    /// organisation): it is made again under the next attempt's key. A refusal is kept under its key like any answer, so
    /// a second run replays the same attempts, without waiting, up to the one that succeeded.
    /// </summary>
    private async Task<ApiAnswer> ProposeAsync(object body, string key, CancellationToken ct)
    {
        var started = DateTime.UtcNow;
        var delay = TimeSpan.FromMilliseconds(100);
        for (var attempt = 1; ; attempt++)
        {
            var answer = await api.PostAsync("placements", body, $"{key}:propose:{attempt}", null, ct);
            if (answer.IsSuccess)
            {
                return answer;
            }

            var notYet = answer.Code == "no-placement-consent"
                || answer.NamesField("hostOrganisationId") || answer.NamesField("promotingOrganisationId");
            if (!notYet || DateTime.UtcNow - started > Patience)
            {
                throw answer.Refusal(HttpMethod.Post, new Uri($"/api/placements/placements", UriKind.Relative), $"{key}:propose:{attempt}");
            }

            if (answer.Replayed)
            {
                continue;
            }

            Interlocked.Increment(ref summary.ProposalRetries);
            if (answer.Code != "no-placement-consent" && DateTime.UtcNow - started > BeforeRepublish)
            {
                await api.AskRegistryToRepublishAsync(ct);
            }

            await Task.Delay(delay, ct);
            delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 2000));
        }
    }

    /// <summary>Waits until Grants' answer has funded the placement; returns the placement's ETag. A refusal stops the load.</summary>
    private async Task<string> WaitUntilFundedAsync(string path, string key, CancellationToken ct)
    {
        var started = DateTime.UtcNow;
        var delay = TimeSpan.FromMilliseconds(100);
        while (true)
        {
            var answer = await api.GetAsync(path, ct);
            if (!answer.IsSuccess)
            {
                throw answer.Refusal(HttpMethod.Get, new Uri($"/api/placements/{path}", UriKind.Relative), null);
            }

            using var document = JsonDocument.Parse(answer.Body);
            var root = document.RootElement;
            var status = root.GetProperty("status").GetString();
            if (status != "proposed")
            {
                return answer.ETag ?? throw new RegistryException($"GET /api/placements/{path} gave no ETag");
            }

            if (root.TryGetProperty("fundingRefusal", out var refusal) && refusal.ValueKind == JsonValueKind.String)
            {
                throw new RegistryException($"placement {key}: Grants refused its stipends ({refusal.GetString()})");
            }

            if (DateTime.UtcNow - started > Patience)
            {
                throw new RegistryException($"placement {key} was not funded within {Patience.TotalSeconds:0} s (is Grants running?)");
            }

            await Task.Delay(delay, ct);
            delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 1000));
        }
    }

    /// <summary>One step of a placement under the If-Match of the answer before it; returns the new ETag.</summary>
    private async Task<string> StepAsync(string path, string step, object body, string key, string version, CancellationToken ct)
    {
        var answer = await api.PostAsync($"{path}/{step}", body, key, version, ct);
        return answer.IsSuccess && answer.ETag is { } etag
            ? etag
            : throw answer.Refusal(HttpMethod.Post, new Uri($"/api/placements/{path}/{step}", UriKind.Relative), key);
    }

    private async Task LoadProjectAsync(
        string tenant, ProjectCohort p, int n, IReadOnlyDictionary<string, string> ids, List<string> people, CancellationToken ct)
    {
        var key = $"seed:{tenant}:project:{p.Key}:{n}";
        var opened = await api.PostAsync("projects", new
        {
            personId = people[p.PersonOf(n, people.Count)],
            programme = p.Programme,
            measure = p.MeasureOf(n),
            organisationId = ids[p.Organisation],
            openedOn = p.OpenedOn(n),
        }, key, null, ct);
        if (!opened.IsSuccess || opened.ETag is null)
        {
            throw opened.Refusal(HttpMethod.Post, new Uri("/api/placements/projects", UriKind.Relative), key);
        }

        Interlocked.Increment(ref summary.Projects);
        if (p.ConcludedOn(n) is { } concluded)
        {
            var path = $"projects/{Id(opened, key)}";
            await StepAsync(path, "conclude", new { concludedOn = concluded }, $"{key}:conclude", opened.ETag, ct);
            Interlocked.Increment(ref summary.ProjectsConcluded);
        }
    }

    private static string Id(ApiAnswer answer, string key)
    {
        using var document = JsonDocument.Parse(answer.Body);
        return document.RootElement.TryGetProperty("id", out var id) && id.GetString() is { } value
            ? value
            : throw new RegistryException($"the answer to {key} has no \"id\"");
    }
}

/// <summary>What one tenant's placements load sent.</summary>
internal sealed class PlacementsSummary
{
    public int Hosts;
    public int People;
    public int Placements;
    public int Completed;
    public int Interrupted;
    public int FollowUps;
    public int Projects;
    public int ProjectsConcluded;
    public int ProposalRetries;

    public override string ToString() =>
        $"{Hosts} host companies, {People} people, {Placements} placements ({Completed} completed, {Interrupted} interrupted), " +
        $"{FollowUps} follow-ups, {Projects} projects ({ProjectsConcluded} concluded); {ProposalRetries} proposals waited for a consent";
}
