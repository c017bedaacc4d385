using Npgsql;
using Rete.Testing;

namespace Rete.Referrals.Tests.Api;

/// <summary>Puts organisations and accreditations in the service's Registry read model, as Registry's events would.</summary>
public static class Network
{
    public static async Task<Guid> OrganisationAsync(ReferralsFactory factory, string tenant, string status = "active")
    {
        var id = Guid.CreateVersion7();
        await using var connection = await factory.OpenOwnerConnectionAsync();
        await using var command = new NpgsqlCommand(
            "INSERT INTO known_organisations (id, tenant_id, name, kind, status, details_version, status_version, updated_at) " +
            "VALUES (@id, @t, 'Sportello di prova', 'jobDesk', @s, 1, 1, now())", connection);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("t", tenant);
        command.Parameters.AddWithValue("s", status);
        await command.ExecuteNonQueryAsync();
        return id;
    }

    public static async Task<Guid> PersonWithConsentAsync(HttpClient client, Guid? recipient, string purpose = "referral", string givenOn = "2024-01-01", string? expiresOn = null)
    {
        var person = (await (await client.PostJsonAsync(People.Url, People.Body(People.NewTaxCode()))).ReadJsonAsync()).GetProperty("id").GetGuid();
        var recipients = recipient is { } r ? new[] { r } : [];
        (await client.PostJsonAsync($"{People.Url}/{person}/consents", new { purpose, recipientOrganisationIds = recipients, givenOn, expiresOn, signedBy = "l'interessato" }))
            .EnsureSuccessStatusCode();
        return person;
    }
}
