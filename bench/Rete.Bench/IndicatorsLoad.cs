using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace Rete.Bench;

/// <summary>
/// A region's data for the Indicators figures, COPYed into indicators-db as its owner in the shape the service's folds
/// give their rows (people, referrals, placements with their follow-ups, GOL assignments, consents, organisations). Folding the same data from
/// stored events would take a rebuild of several million events: the reads measured afterwards are the same either
/// way, since the figures are computed from these rows and the counts filled from them (<c>fill_figure_counts</c>, the
/// service's own backfill). Deterministic per tenant.
/// </summary>
internal static class IndicatorsLoad
{
    private static readonly string[] Municipalities = ["001272", "001272", "001272", "001272", "001090", "001156", "003149", "003049", "003106", "001219"];
    private static readonly string[] Kinds = ["training", "training", "training", "observational", "course", "hire"];
    private static readonly int[] Lengths = [3, 3, 4, 6];
    private static readonly string[] Programmes = ["golPathway1", "golPathway2", "golPathway3", "golPathway4", "socialInclusion"];
    private static readonly string[] Reasons = ["noCapacity", "alreadyInCharge", "notEligible", "other"];
    private static readonly string[] OrganisationKinds = ["jobDesk", "cpi", "socialServices", "accreditedOperator", "trainingAgency", "association"];

    public static async Task<int> RunAsync(Arguments a)
    {
        var tenant = a["tenant"];
        var (peopleCount, referralCount, placementCount) = (a.Int("people", 300_000), a.Int("referrals", 1_000_000), a.Int("placements", 100_000));
        var random = new Random(tenant.GetHashCode(StringComparison.Ordinal) & 0x7fffffff);
        var watch = Stopwatch.StartNew();
        await using var connection = new NpgsqlConnection(a["db"]);
        await connection.OpenAsync();

        var organisations = Enumerable.Range(0, 400).Select(_ => Guid.CreateVersion7()).ToArray();
        await using (var w = await connection.BeginBinaryImportAsync(
            "COPY organisations (id, tenant_id, kind, municipality_istat, district, status, version) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < organisations.Length; i++)
            {
                var (municipality, district) = Place(random);
                await w.StartRowAsync();
                await w.WriteAsync(organisations[i], NpgsqlDbType.Uuid);
                await w.WriteAsync(tenant, NpgsqlDbType.Varchar);
                await w.WriteAsync(OrganisationKinds[i % OrganisationKinds.Length], NpgsqlDbType.Varchar);
                await w.WriteAsync(municipality, NpgsqlDbType.Varchar);
                await WriteNullable(w, district);
                await w.WriteAsync("active", NpgsqlDbType.Varchar);
                await w.WriteAsync(1, NpgsqlDbType.Integer);
            }

            await w.CompleteAsync();
        }

        var people = new Guid[peopleCount];
        await using (var w = await connection.BeginBinaryImportAsync(
            "COPY people (id, tenant_id, municipality_istat, district) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < peopleCount; i++)
            {
                people[i] = Guid.CreateVersion7();
                var (municipality, district) = Place(random);
                await w.StartRowAsync();
                await w.WriteAsync(people[i], NpgsqlDbType.Uuid);
                await w.WriteAsync(tenant, NpgsqlDbType.Varchar);
                await w.WriteAsync(municipality, NpgsqlDbType.Varchar);
                await WriteNullable(w, district);
            }

            await w.CompleteAsync();
        }

        var first = new DateTimeOffset(2021, 1, 1, 8, 0, 0, TimeSpan.Zero);
        await using (var w = await connection.BeginBinaryImportAsync(
            """
            COPY referrals (id, tenant_id, person_id, from_organisation_id, to_organisation_id, programme, status, sent_at, accepted_at,
                            rejected_at, withdrawn_at, closed_at, reason_code, case_manager_id, outcome, seconds_to_acceptance)
            FROM STDIN (FORMAT BINARY)
            """))
        {
            for (var i = 0; i < referralCount; i++)
            {
                var sent = first.AddMinutes(random.Next(0, (int)(DateTimeOffset.UtcNow - first).TotalMinutes - 31 * 24 * 60));
                var roll = random.Next(100);
                var status = roll switch { < 55 => "accepted", < 75 => "rejected", < 85 => "withdrawn", _ => "sent" };
                // Cases taken on more than a year ago are mostly closed by now, and old referrals no longer wait.
                var old = sent < DateTimeOffset.UtcNow.AddYears(-1);
                status = (status, old) switch { ("accepted", true) when roll % 10 != 0 => "closed", ("sent", true) => "withdrawn", _ => status };
                DateTimeOffset? accepted = status is "accepted" or "closed" ? sent.AddSeconds(random.Next(2 * 3600, 30 * 86_400)) : null;
                await w.StartRowAsync();
                await w.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                await w.WriteAsync(tenant, NpgsqlDbType.Varchar);
                await w.WriteAsync(people[random.Next(peopleCount)], NpgsqlDbType.Uuid);
                var to = random.Next(organisations.Length);
                await w.WriteAsync(organisations[random.Next(organisations.Length)], NpgsqlDbType.Uuid);
                await w.WriteAsync(organisations[to], NpgsqlDbType.Uuid);
                await w.WriteAsync(Programmes[random.Next(Programmes.Length)], NpgsqlDbType.Varchar);
                await w.WriteAsync(status, NpgsqlDbType.Varchar);
                await w.WriteAsync(sent, NpgsqlDbType.TimestampTz);
                await WriteNullable(w, accepted);
                await WriteNullable(w, status == "rejected" ? sent.AddDays(random.Next(1, 10)) : (DateTimeOffset?)null);
                await WriteNullable(w, status == "withdrawn" ? sent.AddDays(random.Next(1, 20)) : (DateTimeOffset?)null);
                await WriteNullable(w, status == "closed" ? accepted!.Value.AddDays(random.Next(30, 400)) : (DateTimeOffset?)null);
                await WriteNullable(w, status == "rejected" ? Reasons[random.Next(Reasons.Length)] : null);
                // Each receiving organisation's cases are shared by its three case managers.
                await WriteNullable(w, accepted is null ? null : $"cm-{to}-{random.Next(3)}");
                await WriteNullable(w, status == "closed" ? (random.Next(2) == 0 ? "completed" : "dropped") : null);
                await WriteNullable(w, accepted is { } at ? (int)(at - sent).TotalSeconds : (int?)null);
            }

            await w.CompleteAsync();
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var followUps = new List<(Guid Placement, int Days, DateOnly Due, bool Employed, bool InCircuit)>();
        await using (var w = await connection.BeginBinaryImportAsync(
            """
            COPY placements (id, tenant_id, person_id, kind, duration_months, promoting_organisation_id, host_organisation_id, status,
                             funding_refused_reason, started_on, ended_on, paid, outcome, contract_type, left_assistance_circuit)
            FROM STDIN (FORMAT BINARY)
            """))
        {
            for (var i = 0; i < placementCount; i++)
            {
                var id = Guid.CreateVersion7();
                var months = Lengths[random.Next(Lengths.Length)];
                var start = new DateOnly(2019, 1, 1).AddDays(random.Next(0, 8 * 365 - 200));
                var roll = random.Next(100);
                var status = roll switch { < 70 => "completed", < 80 => "interrupted", < 95 => "active", _ => "cancelled" };
                var end = status switch
                {
                    "completed" => start.AddMonths(months).AddDays(-1),
                    "interrupted" => start.AddDays(random.Next(20, months * 30)),
                    _ => (DateOnly?)null,
                };
                if (end > today || (status == "active" && start.AddMonths(months) <= today))
                {
                    (status, end) = end > today || start > today ? ("active", (DateOnly?)null) : ("completed", start.AddMonths(months).AddDays(-1));
                }

                var paid = status switch { "completed" => months * 450m, "interrupted" => 450m, "active" => 450m, _ => 0m };
                var outcome = end is null || random.Next(10) < 3 ? null : random.Next(3) switch { 0 => "hired", 1 => "noHire", _ => "extended" };
                bool? left = null;
                if (end is { } e)
                {
                    foreach (var days in new[] { 31, 92, 182 })
                    {
                        if (e.AddDays(days) <= today && random.Next(10) < 8)
                        {
                            var inCircuit = random.Next(2) == 0;
                            followUps.Add((id, days, e.AddDays(days), random.Next(3) == 0, inCircuit));
                            left = !inCircuit;
                        }
                    }
                }

                await w.StartRowAsync();
                await w.WriteAsync(id, NpgsqlDbType.Uuid);
                await w.WriteAsync(tenant, NpgsqlDbType.Varchar);
                await w.WriteAsync(people[random.Next(peopleCount)], NpgsqlDbType.Uuid);
                await w.WriteAsync(Kinds[random.Next(Kinds.Length)], NpgsqlDbType.Varchar);
                await w.WriteAsync(months, NpgsqlDbType.Integer);
                await w.WriteAsync(organisations[random.Next(organisations.Length)], NpgsqlDbType.Uuid);
                await w.WriteAsync(organisations[random.Next(organisations.Length)], NpgsqlDbType.Uuid);
                await w.WriteAsync(status, NpgsqlDbType.Varchar);
                await w.WriteNullAsync();
                await w.WriteAsync(start, NpgsqlDbType.Date);
                await WriteNullable(w, end);
                await w.WriteAsync(paid, NpgsqlDbType.Numeric);
                await WriteNullable(w, outcome);
                await WriteNullable(w, outcome == "hired" ? "fixedTerm" : null);
                await WriteNullable(w, left);
            }

            await w.CompleteAsync();
        }

        await using (var w = await connection.BeginBinaryImportAsync(
            "COPY follow_ups (placement_id, days_after_end, tenant_id, due_on, recorded_on, employed, in_assistance_circuit) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var f in followUps)
            {
                await w.StartRowAsync();
                await w.WriteAsync(f.Placement, NpgsqlDbType.Uuid);
                await w.WriteAsync(f.Days, NpgsqlDbType.Integer);
                await w.WriteAsync(tenant, NpgsqlDbType.Varchar);
                await w.WriteAsync(f.Due, NpgsqlDbType.Date);
                await w.WriteAsync(f.Due, NpgsqlDbType.Date);
                await w.WriteAsync(f.Employed, NpgsqlDbType.Boolean);
                await w.WriteAsync(f.InCircuit, NpgsqlDbType.Boolean);
            }

            await w.CompleteAsync();
        }

        var (assignmentCount, consentCount) = (a.Int("assignments", peopleCount * 2 / 3), a.Int("consents", peopleCount * 2));
        await IndicatorsLoadGol.LoadAsync(connection, tenant, people, organisations, random, assignmentCount, consentCount);

        foreach (var table in new[] { "organisations", "people", "referrals", "placements", "follow_ups", "gol_assignments", "consents" })
        {
            // VACUUM too: a fresh table's visibility map is empty, and index-only scans need it.
            await using var vacuum = new NpgsqlCommand($"VACUUM ANALYZE {table}", connection);
            await vacuum.ExecuteNonQueryAsync();
        }

        // The counts the reads sum, from the rows just loaded (analyzed first, for the plan), by the very function the service's migration and rebuild use.
        var filling = Stopwatch.StartNew();
        long counts;
        await using (var fill = new NpgsqlCommand("SELECT fill_figure_counts($1)", connection) { CommandTimeout = 1800 })
        {
            fill.Parameters.Add(new NpgsqlParameter { Value = tenant });
            counts = (long)(await fill.ExecuteScalarAsync())!;
        }

        var fillSeconds = filling.Elapsed.TotalSeconds;
        await using (var vacuum = new NpgsqlCommand("VACUUM ANALYZE figure_counts", connection))
        {
            await vacuum.ExecuteNonQueryAsync();
        }

        Console.WriteLine($"indicators-load tenant={tenant} people={peopleCount} referrals={referralCount} placements={placementCount} "
            + $"follow_ups={followUps.Count} gol_assignments={assignmentCount} consents={consentCount} figure_counts={counts} fill_seconds={fillSeconds:F1} seconds={watch.Elapsed.TotalSeconds:F1}");
        return 0;
    }

    /// <summary>Half the people and organisations in Torino's eight districts, the rest in nine other towns.</summary>
    private static (string Municipality, string? District) Place(Random random)
    {
        var municipality = Municipalities[random.Next(Municipalities.Length)];
        return (municipality, municipality == "001272" ? (1 + random.Next(8)).ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
    }

    private static Task WriteNullable<T>(NpgsqlBinaryImporter w, T? value) where T : class =>
        value is null ? w.WriteNullAsync() : w.WriteAsync(value);

    private static Task WriteNullable<T>(NpgsqlBinaryImporter w, T? value) where T : struct =>
        value is { } v ? w.WriteAsync(v) : w.WriteNullAsync();
}
