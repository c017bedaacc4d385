using Rete.Contracts.Registry;
using Rete.Registry.Organisations;
using Rete.ServiceDefaults.Errors;

namespace Rete.Registry.Tests.Domain;

public class OrganisationTests
{
    private static readonly DateTimeOffset Now = new(2024, 2, 29, 9, 0, 0, TimeSpan.Zero);

    private static OrganisationDetails Details(string name = "Coop. Esserci") =>
        new(name, OrganisationKind.SocialCooperative, null, null, "001272", "2", null, null, null,
            [InterventionArea.Inclusion, InterventionArea.Inclusion], [TargetGroup.Disability], null, "progetto Aladino");

    [Fact]
    public void Registration_starts_active_at_version_one_with_a_time_ordered_id()
    {
        var o = Organisation.Register("torino", Details(), Now);
        o.Status.ShouldBe(OrganisationStatus.Active);
        o.Version.ShouldBe(1);
        o.Id.Version.ShouldBe(7);
        o.Areas.ShouldBe([InterventionArea.Inclusion]);
    }

    [Fact]
    public void Every_change_raises_the_version()
    {
        var o = Organisation.Register("torino", Details(), Now);
        o.Update(Details("Cooperativa Esserci"), Now);
        o.Suspend("verifica in corso", Now);
        o.Reactivate(Now);
        o.Close(null, Now);
        o.Version.ShouldBe(5);
        o.Status.ShouldBe(OrganisationStatus.Closed);
    }

    [Fact]
    public void Status_changes_follow_the_lifecycle()
    {
        var o = Organisation.Register("torino", Details(), Now);
        Should.Throw<DomainException>(() => o.Reactivate(Now)).Code.ShouldBe("organisation-not-suspended");
        o.Close("cessata attività", Now);
        Should.Throw<DomainException>(() => o.Suspend(null, Now)).Code.ShouldBe("organisation-not-active");
        Should.Throw<DomainException>(() => o.Update(Details(), Now)).Code.ShouldBe("organisation-closed");
        Should.Throw<DomainException>(() => o.Close(null, Now)).Code.ShouldBe("organisation-closed");
    }

    [Fact]
    public void Every_change_raises_its_event_in_order_with_the_version_it_made()
    {
        var o = Organisation.Register("torino", Details(), Now);
        o.Update(Details("Cooperativa Esserci"), Now);
        o.Suspend("verifica in corso", Now);
        o.Reactivate(Now);
        o.Close("cessata attività", Now);

        var events = o.TakeEvents();
        events.Select(e => e.GetType()).ShouldBe([typeof(OrganisationRegistered), typeof(OrganisationUpdated),
            typeof(OrganisationSuspended), typeof(OrganisationReactivated), typeof(OrganisationClosed)]);
        events.OfType<OrganisationSuspended>().Single().Reason.ShouldBe("verifica in corso");
        events.OfType<OrganisationClosed>().Single().Version.ShouldBe(5);
        o.TakeEvents().ShouldBeEmpty();
    }
}
