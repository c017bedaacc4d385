using Rete.Contracts;
using Rete.Contracts.Referrals;

namespace Rete.Indicators.Tests;

/// <summary>Referrals' figures from Referrals' events only, shaped like the seeds (seeds/data/*.referrals.json).</summary>
[Collection(IndicatorsCollection.Name)]
public class ReferralTests(IndicatorsFixture fixture)
{
    [Fact]
    public async Task Trecates_256_people_assigned_by_the_CPI_of_Novara_come_out_by_period_pathway_and_municipality()
    {
        var s = new Scenario(fixture);
        var (cpi, convenzione) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var events = new List<IIntegrationEvent>();
        var from = new DateOnly(2022, 11, 1);
        for (var n = 0; n < 256; n++)
        {
            var person = Guid.CreateVersion7();
            var municipality = n % 5 == 0 ? "003049" : "003149";
            events.Add(new PersonRegistered(Guid.CreateVersion7(), s.Tenant, Scenario.Now, person, 1, municipality, null));
            events.Add(new GolAssignmentCreated(Guid.CreateVersion7(), s.Tenant, Scenario.Now, Guid.CreateVersion7(), person, 1, cpi, convenzione,
                Guid.CreateVersion7(), 1 + n % 3, null, from.AddDays(n * 364 / 255)));
        }

        // Outside the period: assigned before it.
        events.Add(new GolAssignmentCreated(Guid.CreateVersion7(), s.Tenant, Scenario.Now, Guid.CreateVersion7(), Guid.CreateVersion7(), 1, cpi,
            convenzione, Guid.CreateVersion7(), 1, null, new DateOnly(2022, 10, 31)));
        await s.SendAsync(events);

        var year = await s.GetAsync("/referrals?from=2022-11-01&to=2023-10-31");
        year.GetProperty("peopleAssigned").GetInt32().ShouldBe(256);
        year.GetProperty("assignedByCpi")[0].GetProperty("people").GetInt32().ShouldBe(256);
        year.GetProperty("byPathway").EnumerateArray().Select(p => p.GetProperty("assignments").GetInt32()).ShouldBe([86, 85, 85]);
        var cerano = await s.GetAsync("/referrals?from=2022-11-01&to=2023-10-31&municipality=003049");
        cerano.GetProperty("peopleAssigned").GetInt32().ShouldBe(52);
        (await s.GetAsync("/referrals")).GetProperty("golAssignments").GetInt32().ShouldBe(257);

        var csv = await s.GetTextAsync("/referrals?from=2022-11-01&to=2023-10-31&format=csv");
        csv.ShouldContain("Indicatore,Dettaglio,Valore");
        csv.ShouldContain("Persone assegnate dal CPI,totale,256");
    }

    [Fact]
    public async Task The_funnel_counts_sent_accepted_and_rejected_by_reason_with_the_median_days_the_caseload_and_consents_about_to_expire()
    {
        var s = new Scenario(fixture);
        var (cpi, social) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var sentAt = new DateTimeOffset(2024, 2, 29, 9, 0, 0, TimeSpan.Zero);
        var events = new List<IIntegrationEvent>();
        for (var n = 0; n < 12; n++)
        {
            var (referral, person) = (Guid.CreateVersion7(), Guid.CreateVersion7());
            events.Add(new PersonRegistered(Guid.CreateVersion7(), s.Tenant, Scenario.Now, person, 1, "001272", "2"));
            events.Add(new ReferralSent(Guid.CreateVersion7(), s.Tenant, Scenario.Now, referral, person, 1, cpi, social, "golPathway4", "normal",
                Guid.CreateVersion7(), sentAt));
            if (n < 6)
            {
                // Accepted after 2, 4, 6, 8, 10 and 12 days: the median is 7.
                events.Add(new ReferralAccepted(Guid.CreateVersion7(), s.Tenant, Scenario.Now, referral, person, 2, cpi, social,
                    n < 3 ? "cm-a" : "cm-b", sentAt, sentAt.AddDays(2 * (n + 1))));
            }
            else if (n < 10)
            {
                events.Add(new ReferralRejected(Guid.CreateVersion7(), s.Tenant, Scenario.Now, referral, person, 2, cpi, social,
                    n < 9 ? "noCapacity" : "alreadyInCharge", sentAt, sentAt.AddDays(1)));
            }
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        for (var n = 0; n < 4; n++)
        {
            events.Add(new ConsentGiven(Guid.CreateVersion7(), s.Tenant, Scenario.Now, Guid.CreateVersion7(), Guid.CreateVersion7(), 1, "candidateBank",
                [], new DateOnly(2024, 1, 1), today.AddDays(n < 3 ? 10 : 100)));
        }

        await s.SendAsync(events);
        var f = await s.GetAsync("/referrals?year=2024");
        f.GetProperty("sent").GetInt32().ShouldBe(12);
        f.GetProperty("accepted").GetInt32().ShouldBe(6);
        f.GetProperty("rejected").GetInt32().ShouldBe(4);
        Scenario.Withheld(f, "pending").ShouldBeTrue();
        var reasons = f.GetProperty("rejectedByReason");
        reasons.EnumerateArray().Select(r => r.GetProperty("reasonCode").GetString()).ShouldBe(["alreadyInCharge", "noCapacity"]);
        Scenario.Withheld(reasons[0], "referrals").ShouldBeTrue();
        reasons[1].GetProperty("referrals").GetInt32().ShouldBe(3);
        f.GetProperty("medianDaysToAcceptance").GetDecimal().ShouldBe(7.0m);
        f.GetProperty("caseload").EnumerateArray().Select(c => (c.GetProperty("caseManagerId").GetString(), c.GetProperty("people").GetInt32()))
            .ShouldBe([("cm-a", 3), ("cm-b", 3)]);
        f.GetProperty("consentsExpiring").GetInt32().ShouldBe(3);
        (await s.GetAsync("/referrals?days=120")).GetProperty("consentsExpiring").GetInt32().ShouldBe(4);
        (await s.GetAsync("/referrals?year=2023")).GetProperty("sent").GetInt32().ShouldBe(0);
        (await s.GetAsync("/referrals?year=2024&district=2")).GetProperty("sent").GetInt32().ShouldBe(12);
        (await s.GetAsync("/referrals?year=2024&district=3")).GetProperty("sent").GetInt32().ShouldBe(0);
        (await s.Reader.GetAsync(Scenario.Api + "/referrals?days=0")).StatusCode.ShouldBe(System.Net.HttpStatusCode.BadRequest);
    }
}
