using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Rete.ServiceDefaults.Http;
using Rete.Testing;

namespace Rete.Registry.Tests.Api;

/// <summary>
/// Input a client got wrong answers 400 and changes nothing: a query value that does not convert or cannot mean anything
/// (named as a field), and a NUL character anywhere (refused by ServiceDefaults before any handler, in every service).
/// </summary>
[Collection(RegistryCollection.Name)]
public class InputErrorsTests(RegistryFixture fixture)
{
    [Theory]
    [InlineData("/api/registry/organisations?limit=abc", "limit")]
    [InlineData("/api/registry/organisations?limit=99999999999", "limit")]
    [InlineData("/api/registry/accredited-operators?on=notadate", "on")]
    [InlineData("/api/registry/accredited-operators?on=2024-02-30", "on")]
    public async Task A_value_that_does_not_convert_is_a_400_for_its_field(string url, string field)
    {
        using var client = fixture.Factory.ClientFor(RegistryFixture.NewTenant(), "operator");
        var response = await client.GetAsync(url);

        await response.ShouldBeInvalidAsync(field);
        var problem = await response.ReadJsonAsync();
        problem.GetProperty("title").GetString().ShouldBe("Richiesta non valida");
        problem.GetProperty("errors").GetProperty(field)[0].GetString().ShouldBe($"Il parametro «{field}» non ha un valore valido.");
    }

    [Theory]
    [InlineData("""{"name":"X","kind":"association","parentId":"not-a-guid"}""", "parentId")]
    [InlineData("""{"name":"X","kind":"association","areas":"employment"}""", "areas")]
    [InlineData("""{"name":7,"kind":"association"}""", "name")]
    public async Task A_body_value_that_does_not_convert_is_a_400_for_its_field(string json, string field)
    {
        using var client = fixture.Factory.ClientFor(RegistryFixture.NewTenant(), "operator");
        var response = await client.PostAsync("/api/registry/organisations", new StringContent(json, Encoding.UTF8, "application/json"));

        await response.ShouldBeInvalidAsync(field);
        (await response.ReadJsonAsync()).GetProperty("errors").GetProperty(field)[0].GetString().ShouldBe("Valore non valido per questo campo.");
    }

    [Theory]
    [InlineData("Trecate")]
    [InlineData("3149")]
    public async Task A_municipality_filter_that_is_no_istat_code_is_a_400(string municipality)
    {
        using var client = fixture.Factory.ClientFor(RegistryFixture.NewTenant(), "operator");
        var response = await client.GetAsync($"/api/registry/organisations?municipality={municipality}");

        await response.ShouldBeInvalidAsync("municipality");
    }

    [Fact]
    public async Task A_nul_character_in_a_body_or_a_query_is_refused_before_the_database()
    {
        var tenant = RegistryFixture.NewTenant();
        using var client = fixture.Factory.ClientFor(tenant, "operator");
        var body = new StringContent("{\"name\":\"Cooperativa\\u0000nulla\",\"kind\":\"company\"}", Encoding.UTF8, new MediaTypeHeaderValue("application/json"));

        var posted = await client.PostAsync(Organisations.Url, body);
        posted.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await posted.ReadJsonAsync()).GetProperty("detail").GetString().ShouldBe("Il corpo della richiesta non è valido: $.name.");

        foreach (var url in new[] { $"{Organisations.Url}?q=a%00b", $"{Organisations.Url}?kind%00=company" })
        {
            var read = await client.GetAsync(url);
            read.StatusCode.ShouldBe(HttpStatusCode.BadRequest, url);
            (await read.ReadJsonAsync()).GetProperty("detail").GetString().ShouldBe(NulCharacters.Detail);
        }

        (await (await client.GetAsync(Organisations.Url)).ReadJsonAsync()).GetProperty("items").GetArrayLength().ShouldBe(0);
    }
}
