using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.Tokens;
using Rete.Testing;

namespace Rete.Registry.Tests.Api;

/// <summary>A token names exactly one registered tenant, or it is refused as unauthenticated.</summary>
[Collection(RegistryCollection.Name)]
public class TenantClaimTests(RegistryFixture fixture)
{
    private readonly RegistryFactory factory = fixture.Factory;

    [Fact]
    public async Task A_token_without_a_tenant_answers_401()
    {
        var response = await factory.WithToken(Tokens.Create(null, ["operator"])).GetAsync(Organisations.Url);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.ReadJsonAsync()).GetProperty("detail").GetString().ShouldBe("Il token non indica il consorzio.");
    }

    [Fact]
    public async Task A_token_with_two_tenants_answers_401_and_acts_for_neither()
    {
        var first = RegistryFixture.NewTenant();
        var second = RegistryFixture.NewTenant();
        var token = Sign(new Claim("tenant", first), new Claim("tenant", second), new Claim("role", "operator"));

        var response = await factory.WithToken(token).PostJsonAsync(Organisations.Url, Organisations.Body());

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.ReadJsonAsync()).GetProperty("detail").GetString().ShouldBe("Il token indica più di un consorzio.");
        var list = await (await factory.ClientFor(first, "operator").GetAsync(Organisations.Url)).ReadJsonAsync();
        list.GetProperty("items").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task A_token_for_a_tenant_that_is_not_registered_answers_401_with_an_italian_reason()
    {
        var response = await factory.ClientFor("nessuno", "consortium-admin").GetAsync(Organisations.Url);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.ReadJsonAsync()).GetProperty("detail").GetString().ShouldBe("Il consorzio indicato nel token non è registrato.");
    }

    private static string Sign(params Claim[] claims)
    {
        var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(TestEnvironment.SigningKey));
        var token = new JwtSecurityToken(TestEnvironment.Issuer, TestEnvironment.Audience, [new Claim("sub", "test-user"), .. claims],
            DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(10), new SigningCredentials(key, SecurityAlgorithms.HmacSha256));
        return new JwtSecurityTokenHandler().WriteToken(token);
    }
}
