using System.Security.Claims;
using Rete.Registry.Organisations;

namespace Rete.Registry.Tests.Domain;

public class OrganisationAccessTests
{
    private static readonly Guid Own = Guid.NewGuid();
    private static readonly Guid Other = Guid.NewGuid();

    private static ClaimsPrincipal User(string role, Guid? org = null, params string[] municipalities)
    {
        var claims = new List<Claim> { new("tenant", "trecate"), new("role", role) };
        if (org is not null)
        {
            claims.Add(new Claim("org", org.ToString()!));
        }

        claims.AddRange(municipalities.Select(m => new Claim("municipality", m)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test", "sub", "role"));
    }

    [Theory]
    [InlineData("consortium-admin", true)]
    [InlineData("operator", true)]
    [InlineData("auditor", false)]
    [InlineData("ops", false)]
    [InlineData("social-worker", false)]
    [InlineData("cpi-operator", false)]
    public void Managers_edit_any_organisation_and_readers_none(string role, bool allowed) =>
        OrganisationAccess.CanEdit(User(role), Other, "003149").ShouldBe(allowed);

    [Fact]
    public void A_partner_edits_its_own_organisation_only()
    {
        OrganisationAccess.CanEdit(User("partner", Own), Own, "003149").ShouldBeTrue();
        OrganisationAccess.CanEdit(User("partner", Own), Other, "003149").ShouldBeFalse();
        OrganisationAccess.CanEdit(User("partner"), Own, "003149").ShouldBeFalse();
        OrganisationAccess.CanRegister(User("partner", Own), "003149").ShouldBeFalse();
    }

    [Fact]
    public void An_operator_limited_to_some_municipalities_acts_only_there()
    {
        var cerano = User("operator", null, "003049");
        OrganisationAccess.CanEdit(cerano, Other, "003049").ShouldBeTrue();
        OrganisationAccess.CanEdit(cerano, Other, "003149").ShouldBeFalse();
        OrganisationAccess.CanRegister(cerano, null).ShouldBeFalse();
        OrganisationAccess.CanRegister(User("operator"), null).ShouldBeTrue();
    }
}
