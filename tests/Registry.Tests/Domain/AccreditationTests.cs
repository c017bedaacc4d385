using Rete.Registry.Accreditations;
using Rete.ServiceDefaults.Errors;

namespace Rete.Registry.Tests.Domain;

public class AccreditationTests
{
    private static readonly DateTimeOffset Now = new(2024, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 9, 0, 0, TimeSpan.Zero);

    private static Accreditation Granted(DateOnly from, DateOnly? to) =>
        Accreditation.Grant("zona-ovest", Guid.NewGuid(), "Piemonte", "D-31236", AccreditationKind.ServicesForWork,
            AccreditationStage.Definitive, from, to, [], Now);

    [Fact]
    public void Is_in_force_from_its_first_to_its_last_day()
    {
        var a = Granted(new(2012, 1, 1), new(2024, 12, 31));
        a.IsInForceOn(new(2011, 12, 31)).ShouldBeFalse();
        a.IsInForceOn(new(2012, 1, 1)).ShouldBeTrue();
        a.IsInForceOn(new(2024, 12, 31)).ShouldBeTrue();
        a.IsInForceOn(new(2025, 1, 1)).ShouldBeFalse();
    }

    [Fact]
    public void Without_an_end_date_it_stays_in_force_until_expired()
    {
        var a = Granted(new(2012, 1, 1), null);
        a.IsInForceOn(new(2030, 1, 1)).ShouldBeTrue();
        a.Expire(new(2025, 6, 1), "revocato", Now);
        a.IsInForceOn(new(2025, 5, 31)).ShouldBeTrue();
        a.IsInForceOn(new(2025, 6, 1)).ShouldBeFalse();
        a.Version.ShouldBe(2);
    }

    [Fact]
    public void The_query_predicate_agrees_with_the_rule()
    {
        var predicate = Accreditation.InForceOn(new(2024, 6, 1)).Compile();
        var cases = new[] { Granted(new(2012, 1, 1), null), Granted(new(2024, 7, 1), null), Granted(new(2012, 1, 1), new(2024, 5, 31)) };
        foreach (var a in cases)
        {
            predicate(a).ShouldBe(a.IsInForceOn(new(2024, 6, 1)));
        }
    }

    [Fact]
    public void Ends_before_it_starts_is_refused() =>
        Should.Throw<DomainException>(() => Granted(new(2024, 1, 1), new(2023, 1, 1))).Code.ShouldBe("invalid-validity");

    [Fact]
    public void Renewal_moves_the_end_forward_and_may_make_it_definitive()
    {
        var a = Accreditation.Grant("trecate", Guid.NewGuid(), "Piemonte", null, AccreditationKind.ServicesForWork,
            AccreditationStage.Provisional, new(2020, 1, 1), new(2023, 12, 31), [], Now);
        a.Renew(new(2026, 12, 31), AccreditationStage.Definitive, At(2023, 6, 1));
        a.ValidTo.ShouldBe(new DateOnly(2026, 12, 31));
        a.Stage.ShouldBe(AccreditationStage.Definitive);
        Should.Throw<DomainException>(() => a.Renew(new(2025, 1, 1), null, At(2023, 6, 1))).Code.ShouldBe("invalid-renewal");
        Should.Throw<DomainException>(() => a.Renew(new(2027, 1, 1), AccreditationStage.Provisional, At(2023, 6, 1))).Code.ShouldBe("invalid-renewal");
    }

    [Fact]
    public void An_expired_accreditation_is_not_renewed()
    {
        var a = Granted(new(2012, 1, 1), null);
        a.Expire(new(2024, 1, 1), null, Now);
        Should.Throw<DomainException>(() => a.Renew(new(2030, 1, 1), null, At(2024, 2, 1))).Code.ShouldBe("accreditation-expired");
        Should.Throw<DomainException>(() => a.Expire(new(2024, 2, 1), null, Now)).Code.ShouldBe("accreditation-expired");
    }
}
