using System.Text.Json;
using Npgsql;
using Rete.Contracts;
using Rete.Contracts.Referrals;

namespace Rete.Indicators.Tests;

/// <summary>
/// The caseload at a past day's end is summed from the changes the folds keep (<c>caseload.changes</c>). Whatever the
/// delivery, those sums must equal, on every day and in every area, the distinct people the rows give: accepted by the
/// day's end, neither closed nor withdrawn by then, per receiving organisation and case manager.
/// </summary>
[Collection(IndicatorsCollection.Name)]
public class CaseloadTests(IndicatorsFixture fixture)
{
    private const string Torino = "001272";
    private static readonly Guid From = Guid.CreateVersion7();
    private static readonly Guid To = Guid.CreateVersion7();

    [Fact]
    public async Task A_past_days_caseload_counts_each_open_person_once_after_backwards_delivery_replays_and_a_move()
    {
        var s = new Scenario(fixture);
        var (events, mover) = Events(s.Tenant);
        await s.SendAsync(Enumerable.Reverse(events));
        (await SummedAsync(s.Tenant)).ShouldBe(await FromRowsAsync(s.Tenant));
        (await SummedAsync(s.Tenant)).ShouldNotBeEmpty();

        // 31 March: the first person's overlapping referrals count once, the withdrawal of 10 April is still ahead, and the
        // case opened and closed on 5 March counts on no day's end.
        (await CaseloadAsync(s, "to=2024-03-31&district=2")).ShouldBe(4);
        (await CaseloadAsync(s, "to=2024-03-31")).ShouldBe(5);
        (await CaseloadAsync(s, "to=2024-04-30&district=2")).ShouldBe(3);
        (await CaseloadAsync(s, "year=2024&district=2")).ShouldBe(3);

        var copies = s.Sent.Select(e => CounterTests.Copy(e)).ToList();
        await fixture.PublishAllAsync(s.Sent);
        await s.SendAsync(copies);
        (await SummedAsync(s.Tenant)).ShouldBe(await FromRowsAsync(s.Tenant));
        (await CaseloadAsync(s, "to=2024-03-31&district=2")).ShouldBe(4);

        // The fifth person moves to district 3 and takes their past caseload along.
        await s.SendAsync([new PersonResidenceChanged(Guid.CreateVersion7(), s.Tenant, Scenario.Now, mover, 2, Torino, "3")]);
        (await SummedAsync(s.Tenant)).ShouldBe(await FromRowsAsync(s.Tenant));
        (await CaseloadAsync(s, "to=2024-03-31&district=2")).ShouldBe(3);
        (await CaseloadAsync(s, "to=2024-03-31")).ShouldBe(5);
    }

    /// <summary>
    /// Six people, all with case manager cm-x at one organisation unless told: the first has overlapping referrals
    /// (10 Jan - 1 Mar, 1 Feb - 30 Jun) and one more from the day the second closes (30 Jun - 15 Sep); the second one
    /// withdrawn on 10 April and one open from 1 May; the third opened and closed on 5 March; the fourth open since
    /// 20 December 2023 and with cm-y through 2024; the fifth open since 5 January; the sixth, in district 3, 1 Feb - 1 May.
    /// </summary>
    private static (List<IIntegrationEvent> Events, Guid Mover) Events(string tenant)
    {
        var people = Enumerable.Range(0, 6).Select(_ => Guid.CreateVersion7()).ToArray();
        var events = people.Select((p, n) => (IIntegrationEvent)new PersonRegistered(Guid.CreateVersion7(), tenant, Scenario.Now, p, 1, Torino, n == 5 ? "3" : "2"))
            .ToList();
        static DateTimeOffset At(int year, int month, int day, int hour = 9) => new(year, month, day, hour, 0, 0, TimeSpan.Zero);
        void Case(Guid person, string manager, DateTimeOffset accepted, DateTimeOffset? closed = null, DateTimeOffset? withdrawn = null)
        {
            var (referral, sent) = (Guid.CreateVersion7(), accepted.AddDays(-3));
            events.Add(new ReferralSent(Guid.CreateVersion7(), tenant, Scenario.Now, referral, person, 1, From, To, "golPathway2", "normal", Guid.CreateVersion7(), sent));
            events.Add(new ReferralAccepted(Guid.CreateVersion7(), tenant, Scenario.Now, referral, person, 2, From, To, manager, sent, accepted));
            if (closed is { } c)
            {
                events.Add(new ReferralClosed(Guid.CreateVersion7(), tenant, Scenario.Now, referral, person, 3, From, To, "completed", accepted, c));
            }

            if (withdrawn is { } w)
            {
                events.Add(new ReferralWithdrawn(Guid.CreateVersion7(), tenant, Scenario.Now, referral, person, 3, From, To, w));
            }
        }

        Case(people[0], "cm-x", At(2024, 1, 10), closed: At(2024, 3, 1));
        Case(people[0], "cm-x", At(2024, 2, 1), closed: At(2024, 6, 30));
        Case(people[0], "cm-x", At(2024, 6, 30, 15), closed: At(2024, 9, 15));
        Case(people[1], "cm-x", At(2024, 2, 15), withdrawn: At(2024, 4, 10));
        Case(people[1], "cm-x", At(2024, 5, 1));
        Case(people[2], "cm-x", At(2024, 3, 5, 8), closed: At(2024, 3, 5, 17));
        Case(people[3], "cm-x", At(2023, 12, 20));
        Case(people[3], "cm-y", At(2024, 1, 1), closed: At(2024, 12, 31));
        Case(people[4], "cm-x", At(2024, 1, 5));
        Case(people[5], "cm-x", At(2024, 2, 1), closed: At(2024, 5, 1));
        return (events, people[4]);
    }

    /// <summary>Case manager cm-x's caseload at the period's end, as the API gives it.</summary>
    private static async Task<int?> CaseloadAsync(Scenario s, string query)
    {
        var rows = (await s.GetAsync($"/referrals?{query}")).GetProperty("caseload").EnumerateArray()
            .Where(r => r.GetProperty("caseManagerId").GetString() == "cm-x").ToList();
        return rows.Count == 0 ? 0 : rows[0].TryGetProperty("people", out var people) && people.ValueKind == JsonValueKind.Number ? people.GetInt32() : null;
    }

    private const string Days = "SELECT generate_series(DATE '2023-12-15', DATE '2025-01-10', interval '1 day')::date AS day";

    /// <summary>Every day's caseload per area and key, summed from the stored changes.</summary>
    private Task<List<string>> SummedAsync(string tenant) => fixture.RowsAsync(
        $"""
        SELECT d.day, f.municipality, f.district, f.key, sum(f.count) FROM ({Days}) d
        JOIN figure_counts f ON f.tenant_id = $1 AND f.figure = 'caseload.changes' AND f.grain = 'd' AND f.bucket <= d.day
        GROUP BY 1, 2, 3, 4 HAVING sum(f.count) <> 0
        """,
        tenant);

    /// <summary>The same from the rows, as the caseload was counted before there were changes: distinct people open at the day's end.</summary>
    private Task<List<string>> FromRowsAsync(string tenant) => fixture.RowsAsync(
        $"""
        SELECT d.day, a.municipality, a.district, concat(r.to_organisation_id, '|', r.case_manager_id), count(DISTINCT r.person_id)
        FROM ({Days}) d
        JOIN referrals r ON r.tenant_id = $1 AND r.case_manager_id IS NOT NULL AND r.accepted_at < (d.day + 1)::timestamp AT TIME ZONE 'UTC'
             AND (r.closed_at IS NULL OR r.closed_at >= (d.day + 1)::timestamp AT TIME ZONE 'UTC')
             AND (r.withdrawn_at IS NULL OR r.withdrawn_at >= (d.day + 1)::timestamp AT TIME ZONE 'UTC')
        LEFT JOIN people pe ON pe.id = r.person_id AND pe.tenant_id = r.tenant_id
        CROSS JOIN LATERAL (SELECT '*' AS municipality, '' AS district
                            UNION ALL SELECT coalesce(pe.municipality_istat, ''), coalesce(pe.district, '') WHERE pe.id IS NOT NULL) a
        GROUP BY 1, 2, 3, 4
        """,
        tenant);
}
