using Npgsql;

namespace Rete.Testing;

/// <summary>How many times a subscriber applied one tenant's organisation registrations, counted in its inbox.</summary>
public static class RegistrationsInbox
{
    /// <summary>
    /// The inbox has no tenant: its rows are matched to the tenant's registrations by message id, read from the
    /// Registry's outbox. One row per registration means each was applied exactly once.
    /// </summary>
    public static async Task<long> RowsAsync(NpgsqlConnection subscriber, NpgsqlConnection registry, string tenant)
    {
        var messages = new List<Guid>();
        await using (var sent = new NpgsqlCommand(
            "SELECT message_id FROM outbox_messages WHERE tenant_id = @t AND type LIKE '%.OrganisationRegistered'", registry))
        {
            sent.Parameters.AddWithValue("t", tenant);
            await using var reader = await sent.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                messages.Add(reader.GetGuid(0));
            }
        }

        await using var inbox = new NpgsqlCommand(
            "SELECT count(*) FROM inbox_messages WHERE message_id = ANY(@ids) AND consumer LIKE '%OrganisationRegistered%'", subscriber);
        inbox.Parameters.AddWithValue("ids", messages.ToArray());
        return (long)(await inbox.ExecuteScalarAsync())!;
    }
}
