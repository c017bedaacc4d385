using Rete.Contracts.Registry;

namespace Rete.Indicators.Tests;

[Collection(IndicatorsCollection.Name)]
public class OrganisationTests(IndicatorsFixture fixture)
{
    [Fact]
    public async Task Active_and_accredited_organisations_whatever_order_the_events_arrive_in()
    {
        var s = new Scenario(fixture);
        var (desk, operatorId, coop, closed) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        var at = Scenario.Now;
        await s.SendAsync([
            // The suspension (version 2) arrives before the registration (version 1).
            new OrganisationSuspended(Guid.CreateVersion7(), s.Tenant, at, coop, 2, "verifica in corso"),
            new OrganisationRegistered(Guid.CreateVersion7(), s.Tenant, at, coop, 1, "Cooperativa", "socialCooperative", null, "001272", "7", "active", null),
            new OrganisationRegistered(Guid.CreateVersion7(), s.Tenant, at, desk, 1, "Sportello", "jobDesk", null, "001272", "7", "active", null),
            new OrganisationRegistered(Guid.CreateVersion7(), s.Tenant, at, operatorId, 1, "Ente", "accreditedOperator", null, "001272", "7", "active", null),
            new OrganisationRegistered(Guid.CreateVersion7(), s.Tenant, at, closed, 1, "Chiuso", "association", null, "001272", "7", "active", null),
            new OrganisationClosed(Guid.CreateVersion7(), s.Tenant, at, closed, 2, null),
            new AccreditationGranted(Guid.CreateVersion7(), s.Tenant, at, Guid.CreateVersion7(), operatorId, 1, "Piemonte", "D-31236",
                "servicesForWork", "definitive", new DateOnly(2012, 1, 1), null),
            new AccreditationGranted(Guid.CreateVersion7(), s.Tenant, at, Guid.CreateVersion7(), desk, 1, "Piemonte", null,
                "servicesForWork", "provisional", new DateOnly(2020, 1, 1), new DateOnly(2021, 12, 31)),
        ]);

        var now = await s.GetAsync("/organisations");
        now.GetProperty("active").GetInt32().ShouldBe(2);
        now.GetProperty("accredited").GetInt32().ShouldBe(1);
        // In 2021 the job desk's provisional accreditation was in force too.
        var then = await s.GetAsync("/organisations?year=2021");
        then.GetProperty("accredited").GetInt32().ShouldBe(2);
        (await s.GetAsync("/organisations?district=2")).GetProperty("active").GetInt32().ShouldBe(0);
    }
}
