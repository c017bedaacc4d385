using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Rete.Testing;

namespace Rete.Identity.Tests;

public sealed class UsersApiTests(IdentityFactory factory) : IClassFixture<IdentityFactory>
{
    private async Task<HttpClient> SignedInAsync(string userName)
    {
        var token = await new SignInFlow(factory).SignInAsync(userName, IdentityFactory.Password);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.ShouldNotBeNull());
        return client;
    }

    [Fact]
    public async Task An_admin_sees_only_the_users_of_its_own_tenant()
    {
        using var admin = await SignedInAsync("consortium-admin@torino");

        var page = await (await admin.GetAsync("/api/identity/users?limit=200")).ReadJsonAsync();

        var names = page.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("userName").GetString()!).ToList();
        names.ShouldContain("operator@torino");
        names.ShouldAllBe(n => n.EndsWith("@torino"));
    }

    [Fact]
    public async Task An_operator_may_not_manage_users()
    {
        using var operatorClient = await SignedInAsync("operator@trecate");

        (await operatorClient.GetAsync("/api/identity/users")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_invited_user_signs_in_with_the_temporary_password_and_a_disabled_one_no_longer_can()
    {
        using var admin = await SignedInAsync("consortium-admin@trecate");
        var invited = await admin.PostJsonAsync("/api/identity/users", new
        {
            userName = "sportello.cerano@trecate",
            displayName = "Sportello Cerano",
            roles = new[] { "operator" },
            municipalities = new[] { "003049" },
        });
        invited.StatusCode.ShouldBe(HttpStatusCode.Created, await invited.Content.ReadAsStringAsync());
        var body = await invited.ReadJsonAsync();
        var password = body.GetProperty("temporaryPassword").GetString()!;
        var id = body.GetProperty("user").GetProperty("id").GetString();

        var token = await new SignInFlow(factory).SignInAsync("sportello.cerano@trecate", password);
        var jwt = SignInFlow.Read(token.ShouldNotBeNull());
        jwt.Claims.Where(c => c.Type == "municipality").Select(c => c.Value).ShouldBe(["003049"]);

        var disable = new HttpRequestMessage(HttpMethod.Post, $"/api/identity/users/{id}/disable");
        disable.Headers.TryAddWithoutValidation("If-Match", invited.Headers.ETag!.Tag);
        (await admin.SendAsync(disable)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var flow = new SignInFlow(factory);
        (await flow.SignInAsync("sportello.cerano@trecate", password)).ShouldBeNull();
    }

    [Fact]
    public async Task A_user_of_another_tenant_cannot_be_read_or_changed()
    {
        using var trecate = await SignedInAsync("consortium-admin@trecate");
        using var torino = await SignedInAsync("consortium-admin@torino");
        var torinoUsers = await (await torino.GetAsync("/api/identity/users")).ReadJsonAsync();
        var someone = torinoUsers.GetProperty("items")[0].GetProperty("id").GetString();

        (await trecate.GetAsync($"/api/identity/users/{someone}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var disable = new HttpRequestMessage(HttpMethod.Post, $"/api/identity/users/{someone}/disable");
        disable.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        (await trecate.SendAsync(disable)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Bad_input_answers_400_with_per_field_Italian_errors_and_a_missing_if_match_428()
    {
        using var admin = await SignedInAsync("consortium-admin@zona-ovest");

        var bad = await admin.PostJsonAsync("/api/identity/users", new { userName = "X", displayName = "", roles = new[] { "capo" } });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await bad.ReadJsonAsync()).GetProperty("errors");
        errors.GetProperty("userName")[0].GetString()!.ShouldContain("Il nome utente");
        errors.GetProperty("roles")[0].GetString()!.ShouldContain("Ruolo sconosciuto");

        var users = await (await admin.GetAsync("/api/identity/users")).ReadJsonAsync();
        var id = users.GetProperty("items")[0].GetProperty("id").GetString();
        var change = await admin.PutJsonAsync($"/api/identity/users/{id}", new { displayName = "Nuovo nome", roles = new[] { "auditor" } });
        change.StatusCode.ShouldBe((HttpStatusCode)428);
    }

    [Fact]
    public async Task A_taken_user_name_is_a_conflict_even_across_tenants()
    {
        using var admin = await SignedInAsync("consortium-admin@zona-ovest");

        var taken = await admin.PostJsonAsync("/api/identity/users", new { userName = "operator@trecate", displayName = "Doppione", roles = new[] { "operator" } });

        taken.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await taken.ReadJsonAsync()).GetProperty("code").GetString().ShouldBe("user-name-taken");
    }
}
