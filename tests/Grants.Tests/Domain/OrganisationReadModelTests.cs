using Rete.Grants.Organisations;

namespace Rete.Grants.Tests.Domain;

public class OrganisationReadModelTests
{
    private static readonly DateTimeOffset At = new(2024, 2, 29, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Newer_versions_replace_older_ones_and_older_ones_change_nothing()
    {
        var o = Organisation.Unseen("torino", Guid.NewGuid());
        o.ApplyDetails(1, "Progetto Marconi", "association", null, Organisation.Active, At).ShouldBeTrue();
        o.ApplyDetails(2, "Associazione Progetto Marconi", "association", "97123450017", Organisation.Active, At).ShouldBeTrue();

        o.ApplyDetails(1, "Progetto Marconi", "association", null, Organisation.Active, At).ShouldBeFalse();
        o.ApplyDetails(2, "Associazione Progetto Marconi", "association", "97123450017", Organisation.Active, At).ShouldBeFalse();

        o.Name.ShouldBe("Associazione Progetto Marconi");
        o.Version.ShouldBe(2);
        o.IsActive.ShouldBeTrue();
    }

    [Fact]
    public void A_status_that_arrives_before_the_registration_is_kept()
    {
        var o = Organisation.Unseen("torino", Guid.NewGuid());
        o.ApplyStatus(2, Organisation.Suspended, At).ShouldBeTrue();
        o.IsKnown.ShouldBeFalse();
        o.IsActive.ShouldBeFalse();

        o.ApplyDetails(1, "A.S.D. Centro Europa 01", "association", null, Organisation.Active, At).ShouldBeTrue();

        o.Name.ShouldBe("A.S.D. Centro Europa 01");
        o.Status.ShouldBe(Organisation.Suspended);
        o.IsActive.ShouldBeFalse();
        o.Version.ShouldBe(2);
    }

    [Fact]
    public void Suspended_and_closed_organisations_are_not_active()
    {
        var o = Organisation.Unseen("torino", Guid.NewGuid());
        o.ApplyDetails(1, "Coop. Esserci", "socialCooperative", null, Organisation.Active, At);
        o.ApplyStatus(2, Organisation.Suspended, At);
        o.IsActive.ShouldBeFalse();
        o.ApplyStatus(3, Organisation.Active, At);
        o.IsActive.ShouldBeTrue();
        o.ApplyStatus(4, Organisation.Closed, At);
        o.IsActive.ShouldBeFalse();
    }
}
