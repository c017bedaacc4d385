using Npgsql;
using Rete.Contracts.Registry;
using Rete.Testing;

namespace Rete.Referrals.Tests.Api;

/// <summary>Organisations and accreditations reach the service as the Registry's events, on the bus.</summary>
public static class Network
{
    public static async Task<Guid> OrganisationAsync(ReferralsFixture fixture, string tenant, string status = "active")
    {
        var id = Guid.CreateVersion7();
        await fixture.PublishAsync(new OrganisationRegistered(
            Guid.NewGuid(), tenant, DateTimeOffset.UtcNow, id, 1, "Sportello di prova", "jobDesk", null, null, null, status, null));
        await Eventually.TrueAsync(async () => await KnowsAsync(fixture, "known_organisations", id));
        return id;
    }

    /// <summary>A Servizi al Lavoro (or other kind) accreditation of the organisation, valid between the dates.</summary>
    public static async Task AccreditationAsync(ReferralsFixture fixture, string tenant, Guid organisation, DateOnly from, DateOnly? to,
        string kind = "servicesForWork")
    {
        var id = Guid.CreateVersion7();
        await fixture.PublishAsync(new AccreditationGranted(
            Guid.NewGuid(), tenant, DateTimeOffset.UtcNow, id, organisation, 1, "Piemonte", null, kind, "definitive", from, to));
        await Eventually.TrueAsync(async () => await KnowsAsync(fixture, "known_accreditations", id));
    }

    public static async Task<Guid> PersonWithConsentAsync(HttpClient client, Guid? recipient, string purpose = "referral", string givenOn = "2024-01-01", string? expiresOn = null)
    {
        var person = (await (await client.PostJsonAsync(People.Url, People.Body(People.NewTaxCode()))).ReadJsonAsync()).GetProperty("id").GetGuid();
        var recipients = recipient is { } r ? new[] { r } : [];
        (await client.PostJsonAsync($"{People.Url}/{person}/consents", new { purpose, recipientOrganisationIds = recipients, givenOn, expiresOn, signedBy = "l'interessato" }))
            .EnsureSuccessStatusCode();
        return person;
    }

    /// <summary>Whether the service's read model holds the row (read as the database owner, across tenants).</summary>
    public static async Task<bool> KnowsAsync(ReferralsFixture fixture, string table, Guid id)
    {
        await using var connection = await fixture.Factory.OpenOwnerConnectionAsync();
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {table} WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", id);
        return Convert.ToInt64(await command.ExecuteScalarAsync()) > 0;
    }
}
