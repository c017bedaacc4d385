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

    /// <summary>A Servizi al Lavoro (or other kind) accreditation of the organisation, valid between the dates.</summary>
    public static async Task AccreditationAsync(ReferralsFactory factory, string tenant, Guid organisation, DateOnly from, DateOnly? to,
        string kind = "servicesForWork", DateOnly? expiredOn = null)
    {
        await using var connection = await factory.OpenOwnerConnectionAsync();
        await using var command = new NpgsqlCommand(
            "INSERT INTO known_accreditations (id, tenant_id, organisation_id, kind, region, stage, valid_from, valid_to, expired_on, version, terms_version) " +
            "VALUES (@id, @t, @o, @k, 'Piemonte', 'definitive', @f, @to, @e, 1, 1)", connection);
        command.Parameters.AddWithValue("id", Guid.CreateVersion7());
        command.Parameters.AddWithValue("t", tenant);
        command.Parameters.AddWithValue("o", organisation);
        command.Parameters.AddWithValue("k", kind);
        command.Parameters.AddWithValue("f", from);
        command.Parameters.AddWithValue("to", (object?)to ?? DBNull.Value);
        command.Parameters.AddWithValue("e", (object?)expiredOn ?? DBNull.Value);
        await command.ExecuteNonQueryAsync();
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
