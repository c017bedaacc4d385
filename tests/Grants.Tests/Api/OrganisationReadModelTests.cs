using System.Net;
using Npgsql;
using Rete.Contracts.Registry;
using Rete.Testing;

namespace Rete.Grants.Tests.Api;

/// <summary>Grants learns the tenant's organisations from the Registry's events on the real broker, never by calling the Registry.</summary>
[Collection(GrantsCollection.Name)]
public class OrganisationReadModelTests(GrantsFixture fixture)
{
    [Fact]
    public async Task The_registrys_events_build_the_organisations_grants_can_pay()
    {
        var s = new Scenario(fixture);
        var id = Guid.CreateVersion7();
        var now = DateTimeOffset.UtcNow;
        await fixture.PublishAsync(new OrganisationRegistered(Guid.NewGuid(), s.Tenant, now, id, 1, "Progetto Marconi", "association", null, "001272", "2", "active", null));
        await fixture.PublishAsync(new OrganisationUpdated(Guid.NewGuid(), s.Tenant, now, id, 2, "Associazione Progetto Marconi", "association", "97123450017", "001272", "2", "active", null));
        await fixture.PublishAsync(new OrganisationSuspended(Guid.NewGuid(), s.Tenant, now, id, 3, "verifica"));

        var organisation = await WhenVersionAsync(s, id, 3);
        organisation.GetProperty("name").GetString().ShouldBe("Associazione Progetto Marconi");
        organisation.GetProperty("taxCode").GetString().ShouldBe("97123450017");
        organisation.GetProperty("status").GetString().ShouldBe("suspended");
        organisation.GetProperty("active").GetBoolean().ShouldBeFalse();

        await fixture.PublishAsync(new OrganisationReactivated(Guid.NewGuid(), s.Tenant, now, id, 4));
        (await WhenVersionAsync(s, id, 4)).GetProperty("active").GetBoolean().ShouldBeTrue();
        await fixture.PublishAsync(new OrganisationClosed(Guid.NewGuid(), s.Tenant, now, id, 5, "cessata"));
        (await WhenVersionAsync(s, id, 5)).GetProperty("status").GetString().ShouldBe("closed");
    }

    [Fact]
    public async Task A_duplicate_event_and_a_late_older_one_change_nothing()
    {
        var s = new Scenario(fixture);
        var id = Guid.CreateVersion7();
        var registered = new OrganisationRegistered(Guid.NewGuid(), s.Tenant, DateTimeOffset.UtcNow, id, 1, "Un Progetto al Femminile", "association", null, null, null, "active", null);
        var updated = new OrganisationUpdated(Guid.NewGuid(), s.Tenant, DateTimeOffset.UtcNow, id, 2, "Associazione Un Progetto al Femminile", "association", null, null, null, "active", null);
        await fixture.PublishAsync(registered);
        await fixture.PublishAsync(updated);
        await WhenVersionAsync(s, id, 2);
        var before = await RowAsync(id);

        var republished = registered with { EventId = Guid.NewGuid() };
        await fixture.PublishAsync(updated);     // the same message again
        await fixture.PublishAsync(republished); // an older version, published again as a new message
        var markers = (Registered: Guid.CreateVersion7(), Updated: Guid.CreateVersion7());
        await fixture.PublishAsync(registered with { EventId = Guid.NewGuid(), OrganisationId = markers.Registered });
        await fixture.PublishAsync(updated with { EventId = Guid.NewGuid(), OrganisationId = markers.Updated });
        await WhenVersionAsync(s, markers.Registered, 1); // each queue has reached the messages sent after the repeats
        await WhenVersionAsync(s, markers.Updated, 2);
        await Eventually.TrueAsync(async () => await InboxCountAsync(republished.EventId) == 1);
        await Task.Delay(300);

        (await RowAsync(id)).ShouldBe(before);
        (await InboxCountAsync(updated.EventId)).ShouldBe(1);
        var organisation = await (await s.Operator.GetAsync($"/api/grants/organisations/{id}")).ReadJsonAsync();
        organisation.GetProperty("name").GetString().ShouldBe("Associazione Un Progetto al Femminile");
    }

    [Fact]
    public async Task Events_that_arrive_out_of_order_end_in_the_same_state()
    {
        var s = new Scenario(fixture);
        var id = Guid.CreateVersion7();
        await fixture.PublishAsync(new OrganisationSuspended(Guid.NewGuid(), s.Tenant, DateTimeOffset.UtcNow, id, 2, null));
        await fixture.PublishAsync(new OrganisationRegistered(Guid.NewGuid(), s.Tenant, DateTimeOffset.UtcNow, id, 1, "A.S.D. Centro Europa 01", "association", null, null, null, "active", null));

        // Each event type has its own queue, so either may be applied first: wait for both.
        await Eventually.TrueAsync(async () =>
            (await s.Operator.GetAsync($"/api/grants/organisations/{id}")) is { StatusCode: HttpStatusCode.OK } r
            && await r.ReadJsonAsync() is var json
            && json.GetProperty("known").GetBoolean() && json.GetProperty("version").GetInt32() == 2);
        var organisation = await (await s.Operator.GetAsync($"/api/grants/organisations/{id}")).ReadJsonAsync();
        organisation.GetProperty("name").GetString().ShouldBe("A.S.D. Centro Europa 01");
        organisation.GetProperty("status").GetString().ShouldBe("suspended");
        organisation.GetProperty("version").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task A_grant_to_a_suspended_or_closed_organisation_is_refused_and_to_an_unknown_one_is_bad_input()
    {
        var s = new Scenario(fixture);
        var line = await s.LineAsync(50_000m);
        var id = await s.OrganisationAsync("Coop. Esserci");
        await fixture.PublishAsync(new OrganisationSuspended(Guid.NewGuid(), s.Tenant, DateTimeOffset.UtcNow, id, 2, "verifica"));
        await WhenVersionAsync(s, id, 2);

        await (await s.Operator.PostJsonAsync(Scenario.Grants, Scenario.GrantBody(id, line, 5_000m))).ShouldBeConflictAsync("beneficiary-not-active");
        await (await s.Operator.PostJsonAsync(Scenario.Grants, Scenario.GrantBody(Guid.NewGuid(), line, 5_000m))).ShouldBeInvalidAsync("beneficiaryId");

        await fixture.PublishAsync(new OrganisationReactivated(Guid.NewGuid(), s.Tenant, DateTimeOffset.UtcNow, id, 3));
        await WhenVersionAsync(s, id, 3);
        var grant = (await s.RecordAsync(id, line, 5_000m)).GetProperty("id").GetGuid();

        await fixture.PublishAsync(new OrganisationClosed(Guid.NewGuid(), s.Tenant, DateTimeOffset.UtcNow, id, 4, null));
        await WhenVersionAsync(s, id, 4);
        await (await s.Operator.PostAsync($"{Scenario.Grants}/{grant}/approve", null)).ShouldBeConflictAsync("beneficiary-not-active");
        (await s.LineFiguresAsync(line)).GetProperty("awarded").GetDecimal().ShouldBe(0m);
    }

    [Fact]
    public async Task A_republished_snapshot_fills_an_organisation_never_seen_and_changes_none_already_known()
    {
        var s = new Scenario(fixture);
        var known = Guid.CreateVersion7();
        var missed = Guid.CreateVersion7();
        var now = DateTimeOffset.UtcNow;
        await fixture.PublishAsync(new OrganisationUpdated(Guid.NewGuid(), s.Tenant, now, known, 2, "Coop. Esserci", "socialCooperative", null, null, null, "active", null));
        await WhenVersionAsync(s, known, 2);
        var before = await RowAsync(known);

        await fixture.PublishAsync(new OrganisationSnapshotPublished(Guid.NewGuid(), s.Tenant, now, known, 2, "Coop. Esserci", "socialCooperative", null, null, null, "active", null));
        await fixture.PublishAsync(new OrganisationSnapshotPublished(Guid.NewGuid(), s.Tenant, now, missed, 3, "ACLI", "association", null, null, null, "suspended", null));

        var filled = await WhenVersionAsync(s, missed, 3);
        filled.GetProperty("name").GetString().ShouldBe("ACLI");
        filled.GetProperty("active").GetBoolean().ShouldBeFalse();
        (await RowAsync(known)).ShouldBe(before);
    }

    private static async Task<System.Text.Json.JsonElement> WhenVersionAsync(Scenario s, Guid id, int version)
    {
        System.Text.Json.JsonElement body = default;
        await Eventually.TrueAsync(async () =>
        {
            var response = await s.Operator.GetAsync($"/api/grants/organisations/{id}");
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return false;
            }

            body = await response.ReadJsonAsync();
            return body.GetProperty("version").GetInt32() >= version;
        });
        return body;
    }

    private async Task<string> RowAsync(Guid id)
    {
        await using var connection = await fixture.Factory.OpenOwnerConnectionAsync();
        await using var command = new NpgsqlCommand(
            "SELECT concat_ws('|', name, kind, tax_code, status, details_version, status_version, updated_at) FROM organisations WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", id);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private async Task<long> InboxCountAsync(Guid eventId)
    {
        await using var connection = await fixture.Factory.OpenOwnerConnectionAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM inbox_messages WHERE message_id = @id", connection);
        command.Parameters.AddWithValue("id", eventId);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
