using System.Net;
using System.Text.Json;

namespace Rete.Identity.Tests;

public sealed class SignInTests(IdentityFactory factory) : IClassFixture<IdentityFactory>
{
    [Fact]
    public async Task A_seeded_operator_signs_in_with_pkce_and_gets_a_token_with_tenant_and_role()
    {
        var token = await new SignInFlow(factory).SignInAsync("operator@trecate", IdentityFactory.Password);

        var jwt = SignInFlow.Read(token.ShouldNotBeNull());
        jwt.Issuer.ShouldBe("http://localhost/");
        jwt.Audiences.ShouldContain("rete");
        jwt.Claims.Where(c => c.Type == "tenant").Select(c => c.Value).ShouldBe(["trecate"]);
        jwt.Claims.Where(c => c.Type == "role").Select(c => c.Value).ShouldBe(["operator"]);
        jwt.Subject.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_an_Italian_message()
    {
        var flow = new SignInFlow(factory);

        (await flow.SignInAsync("auditor@torino", "sbagliata")).ShouldBeNull();

        flow.LastLoginHtml!.ShouldContain("Nome utente o password errati.");
        (await flow.SignInAsync("nessuno@torino", "sbagliata")).ShouldBeNull();
        flow.LastLoginHtml!.ShouldContain("Nome utente o password errati.");
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_one()
    {
        var flow = new SignInFlow(factory);
        for (var i = 0; i < 5; i++)
        {
            (await flow.SignInAsync("cpi-operator@zona-ovest", "sbagliata")).ShouldBeNull();
        }

        (await flow.SignInAsync("cpi-operator@zona-ovest", IdentityFactory.Password)).ShouldBeNull();
        flow.LastLoginHtml!.ShouldContain("Account bloccato");
        // Another user of the same tenant is not affected.
        (await new SignInFlow(factory).SignInAsync("social-worker@zona-ovest", IdentityFactory.Password)).ShouldNotBeNull();
    }

    [Fact]
    public async Task An_integration_gets_a_token_for_its_configured_tenant_and_roles_with_client_credentials()
    {
        using var client = factory.CreateClient();
        var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "integrazione-trecate",
            ["client_secret"] = "integrazione-trecate-development-secret",
            ["scope"] = "rete",
        }));
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);

        var jwt = SignInFlow.Read(JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!);
        jwt.Claims.Single(c => c.Type == "tenant").Value.ShouldBe("trecate");
        jwt.Claims.Where(c => c.Type == "role").Select(c => c.Value).ShouldBe(["auditor"]);
    }

    [Fact]
    public async Task A_wrong_client_secret_gets_no_token()
    {
        using var client = factory.CreateClient();
        var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "integrazione-trecate",
            ["client_secret"] = "sbagliato",
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString().ShouldBe("invalid_client");
    }

    [Fact]
    public async Task The_discovery_document_names_the_issuer_and_the_signing_keys()
    {
        using var client = factory.CreateClient();
        var discovery = JsonDocument.Parse(await client.GetStringAsync("/.well-known/openid-configuration")).RootElement;

        discovery.GetProperty("issuer").GetString().ShouldBe("http://localhost/");
        discovery.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(e => e.GetString()).ShouldContain("S256");
        var keys = JsonDocument.Parse(await client.GetStringAsync(discovery.GetProperty("jwks_uri").GetString())).RootElement;
        keys.GetProperty("keys").GetArrayLength().ShouldBeGreaterThan(0);
    }
}
