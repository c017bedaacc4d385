using Rete.Testing;

namespace Rete.Registry.Tests.Api;

/// <summary>A query value that does not convert, or cannot mean anything, answers 400 naming its field (the conversion part is ServiceDefaults, for every service).</summary>
[Collection(RegistryCollection.Name)]
public class QueryErrorsTests(RegistryFixture fixture)
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
    [InlineData("Trecate")]
    [InlineData("3149")]
    public async Task A_municipality_filter_that_is_no_istat_code_is_a_400(string municipality)
    {
        using var client = fixture.Factory.ClientFor(RegistryFixture.NewTenant(), "operator");
        var response = await client.GetAsync($"/api/registry/organisations?municipality={municipality}");

        await response.ShouldBeInvalidAsync("municipality");
    }
}
