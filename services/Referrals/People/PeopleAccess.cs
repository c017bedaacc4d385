using System.Security.Claims;
using Rete.ServiceDefaults.Auth;

namespace Rete.Referrals.People;

/// <summary>Municipality scope: a token with municipality claims sees only the people resident there.</summary>
internal static class PeopleAccess
{
    public static bool MaySee(ClaimsPrincipal user, Person person)
    {
        if (user.IsPartnerOnly())
        {
            // A partner organisation sees a person only through a referral or consent that concerns it.
            return false;
        }

        var municipalities = user.Municipalities();
        return municipalities.Count == 0 || (person.MunicipalityIstat is { } m && municipalities.Contains(m));
    }

    public static IQueryable<Person> Visible(this IQueryable<Person> people, ClaimsPrincipal user)
    {
        if (user.IsPartnerOnly())
        {
            return people.Where(_ => false);
        }

        var municipalities = user.Municipalities();
        return municipalities.Count == 0 ? people : people.Where(p => p.MunicipalityIstat != null && municipalities.Contains(p.MunicipalityIstat));
    }
}
