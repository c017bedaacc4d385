using System.Diagnostics;
using System.Globalization;
using Npgsql;
using NpgsqlTypes;
using Rete.ServiceDefaults.Money;

namespace Rete.Bench;

/// <summary>
/// Ten years of a region's placements for the Placements figures, COPYed into placements-db: proposed and funded ones
/// waiting to start, active ones with the months attended so far, completed and interrupted ones with their outcome and
/// the 31/92/182-day follow-ups (the old ones recorded, the recent ones due), a few cancelled. Stipends follow the
/// service's rule (<see cref="Euro.Share"/>), so what was paid never exceeds the reservation.
/// </summary>
internal static class PlacementsSeeding
{
    private static readonly string[] Kinds = ["Training", "Training", "Training", "Training", "Training", "Training", "Training", "Observational", "Observational", "Course", "Hire"];
    private static readonly int[] Durations = [3, 3, 3, 3, 3, 4, 4, 4, 6, 6];
    private static readonly decimal[] Stipends = [400m, 400m, 450m, 500m, 600m];

    public static async Task<int> CopyAsync(Arguments a)
    {
        var tenant = a["tenant"];
        var count = a.Int("count", 100_000);
        var hostCount = a.Int("hosts", 300);
        var random = new Random(count ^ tenant.Length);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var now = DateTimeOffset.UtcNow;
        var firstYear = today.Year - 9;
        var watch = Stopwatch.StartNew();
        // Two stipend lines a year (say, the municipality's and the region's): a line-month lists a few hundred months.
        var lines = Enumerable.Range(0, 2 * 11).Select(i => Guid.CreateVersion7(new DateTimeOffset(firstYear + i / 2, 1, 1, 0, 0, 0, TimeSpan.Zero))).ToArray();
        var hosts = Enumerable.Range(0, hostCount).Select(_ => Guid.CreateVersion7(now.AddYears(-11))).ToArray();
        var promoters = hosts[..10];

        await using var connection = new NpgsqlConnection(a["db"]);
        await connection.OpenAsync();
        await using (var writer = await connection.BeginBinaryImportAsync(
            """
            COPY known_organisations (id, tenant_id, name, kind, municipality_istat, district, status, details_version, status_version, updated_at)
            FROM STDIN (FORMAT BINARY)
            """))
        {
            for (var i = 0; i < hostCount; i++)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(hosts[i], NpgsqlDbType.Uuid);
                await writer.WriteAsync(tenant, NpgsqlDbType.Varchar);
                await writer.WriteAsync($"Azienda ospitante {i + 1}", NpgsqlDbType.Varchar);
                await writer.WriteAsync(i < 10 ? "JobDesk" : "Company", NpgsqlDbType.Varchar);
                await writer.WriteAsync("001272", NpgsqlDbType.Varchar);
                await writer.WriteNullAsync();
                await writer.WriteAsync("active", NpgsqlDbType.Varchar);
                await writer.WriteAsync(1, NpgsqlDbType.Integer);
                await writer.WriteAsync(1, NpgsqlDbType.Integer);
                await writer.WriteAsync(now, NpgsqlDbType.TimestampTz);
            }

            await writer.CompleteAsync();
        }

        var span = today.DayNumber + 60 - new DateOnly(firstYear, 1, 1).DayNumber;
        var starts = Enumerable.Range(0, count).Select(_ => new DateOnly(firstYear, 1, 1).AddDays(random.Next(span))).Order().ToArray();
        var months = new List<(Guid Placement, int Number, DateOnly Start, int Attended, decimal Due)>();
        var followUps = new List<(Guid Placement, int Days, DateOnly Due, bool Recorded)>();
        var statuses = new Dictionary<string, int>();
        await using (var writer = await connection.BeginBinaryImportAsync(
            """
            COPY placements (id, tenant_id, person_id, kind, promoting_organisation_id, host_organisation_id, referral_id, budget_line_id,
                             monthly_stipend, duration_months, planned_start, planned_end, weekly_hours, tutor, status, funding_refusal,
                             funding_requests, reserved_amount, started_on, ended_on, end_reason, paid_amount, released_amount, outcome,
                             contract_type, outcome_recorded_on, created_at, updated_at, version)
            FROM STDIN (FORMAT BINARY)
            """))
        {
            foreach (var start in starts)
            {
                var created = new DateTimeOffset(start.AddDays(-20 - random.Next(40)).ToDateTime(TimeOnly.FromTimeSpan(TimeSpan.FromHours(9))), TimeSpan.Zero);
                var id = Guid.CreateVersion7(created);
                var duration = Durations[random.Next(Durations.Length)];
                var stipend = Stipends[random.Next(Stipends.Length)];
                var plannedEnd = start.AddMonths(duration).AddDays(-1);
                var line = lines[Math.Min((start.Year - firstYear) * 2 + random.Next(2), lines.Length - 1)];
                var roll = random.Next(100);
                string status;
                int attendedMonths;
                DateOnly? ended = null;
                if (roll < 3)
                {
                    (status, attendedMonths) = ("Cancelled", 0);
                }
                else if (start > today)
                {
                    (status, attendedMonths) = (roll < 12 ? "Proposed" : "Funded", 0);
                }
                else if (plannedEnd >= today)
                {
                    status = "Active";
                    attendedMonths = Enumerable.Range(1, duration).Count(n => start.AddMonths(n) <= today);
                }
                else if (roll < 15)
                {
                    (status, attendedMonths) = ("Interrupted", 1 + random.Next(duration - 1));
                    ended = start.AddMonths(attendedMonths).AddDays(random.Next(20));
                }
                else
                {
                    (status, attendedMonths, ended) = ("Completed", duration, plannedEnd);
                }

                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                var reserved = status is "Proposed" or "Cancelled" ? (decimal?)null : duration * stipend;
                var paid = 0m;
                for (var n = 1; n <= attendedMonths; n++)
                {
                    var attended = 20 - (random.Next(4) == 0 ? random.Next(1, 6) : 0);
                    var due = Euro.Share(stipend, attended, 20);
                    paid += due;
                    months.Add((id, n, start.AddMonths(n - 1), attended, due));
                }

                string? outcome = null;
                if (ended is { } end)
                {
                    outcome = status == "Interrupted" ? "DroppedOut" : random.Next(100) switch { < 35 => "Hired", < 45 => "Extended", _ => "NoHire" };
                    foreach (var days in new[] { 31, 92, 182 })
                    {
                        var dueOn = end.AddDays(days);
                        followUps.Add((id, days, dueOn, dueOn.DayNumber < today.DayNumber - 45 && random.Next(100) < 95));
                    }
                }

                await writer.StartRowAsync();
                await writer.WriteAsync(id, NpgsqlDbType.Uuid);
                await writer.WriteAsync(tenant, NpgsqlDbType.Varchar);
                await writer.WriteAsync(Guid.CreateVersion7(created.AddDays(-random.Next(300))), NpgsqlDbType.Uuid);
                await writer.WriteAsync(Kinds[random.Next(Kinds.Length)], NpgsqlDbType.Varchar);
                await writer.WriteAsync(promoters[random.Next(promoters.Length)], NpgsqlDbType.Uuid);
                await writer.WriteAsync(hosts[10 + random.Next(hostCount - 10)], NpgsqlDbType.Uuid);
                await writer.WriteNullAsync();
                await writer.WriteAsync(line, NpgsqlDbType.Uuid);
                await writer.WriteAsync(stipend, NpgsqlDbType.Numeric);
                await writer.WriteAsync(duration, NpgsqlDbType.Integer);
                await writer.WriteAsync(start, NpgsqlDbType.Date);
                await writer.WriteAsync(plannedEnd, NpgsqlDbType.Date);
                await writer.WriteAsync(20m, NpgsqlDbType.Numeric);
                await writer.WriteAsync("Tutor aziendale", NpgsqlDbType.Varchar);
                await writer.WriteAsync(status, NpgsqlDbType.Varchar);
                await writer.WriteNullAsync();
                await writer.WriteAsync(1, NpgsqlDbType.Integer);
                await WriteOrNull(writer, reserved);
                await WriteOrNull(writer, attendedMonths > 0 ? start : (DateOnly?)null);
                await WriteOrNull(writer, ended);
                await writer.WriteNullAsync();
                await writer.WriteAsync(ended is null ? 0m : paid, NpgsqlDbType.Numeric);
                await WriteOrNull(writer, ended is null ? null : reserved - paid);
                if (outcome is null)
                {
                    await writer.WriteNullAsync();
                }
                else
                {
                    await writer.WriteAsync(outcome, NpgsqlDbType.Varchar);
                }

                if (outcome == "Hired")
                {
                    await writer.WriteAsync("tempo determinato", NpgsqlDbType.Varchar);
                }
                else
                {
                    await writer.WriteNullAsync();
                }

                await WriteOrNull(writer, outcome is null ? (DateOnly?)null : ended!.Value.AddDays(7));
                await writer.WriteAsync(created, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(created, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(1 + attendedMonths + (ended is null ? 0 : 2), NpgsqlDbType.Integer);
            }

            await writer.CompleteAsync();
        }

        await using (var writer = await connection.BeginBinaryImportAsync(
            """
            COPY attendance_months (id, tenant_id, placement_id, number, month_start, days_attended, days_scheduled, stipend_due, recorded_at, version)
            FROM STDIN (FORMAT BINARY)
            """))
        {
            foreach (var m in months)
            {
                var recorded = new DateTimeOffset(m.Start.AddMonths(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
                await writer.StartRowAsync();
                await writer.WriteAsync(Guid.CreateVersion7(recorded), NpgsqlDbType.Uuid);
                await writer.WriteAsync(tenant, NpgsqlDbType.Varchar);
                await writer.WriteAsync(m.Placement, NpgsqlDbType.Uuid);
                await writer.WriteAsync(m.Number, NpgsqlDbType.Integer);
                await writer.WriteAsync(m.Start, NpgsqlDbType.Date);
                await writer.WriteAsync(m.Attended, NpgsqlDbType.Integer);
                await writer.WriteAsync(20, NpgsqlDbType.Integer);
                await writer.WriteAsync(m.Due, NpgsqlDbType.Numeric);
                await writer.WriteAsync(recorded, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(1, NpgsqlDbType.Integer);
            }

            await writer.CompleteAsync();
        }

        await using (var writer = await connection.BeginBinaryImportAsync(
            """
            COPY follow_ups (id, tenant_id, placement_id, days_after_end, due_on, recorded_on, employed, in_assistance_circuit, note)
            FROM STDIN (FORMAT BINARY)
            """))
        {
            foreach (var f in followUps)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(Guid.CreateVersion7(new DateTimeOffset(f.Due.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)), NpgsqlDbType.Uuid);
                await writer.WriteAsync(tenant, NpgsqlDbType.Varchar);
                await writer.WriteAsync(f.Placement, NpgsqlDbType.Uuid);
                await writer.WriteAsync(f.Days, NpgsqlDbType.Integer);
                await writer.WriteAsync(f.Due, NpgsqlDbType.Date);
                if (f.Recorded)
                {
                    await writer.WriteAsync(f.Due.AddDays(random.Next(20)), NpgsqlDbType.Date);
                    await writer.WriteAsync(random.Next(2) == 0, NpgsqlDbType.Boolean);
                    await writer.WriteAsync(random.Next(2) == 0, NpgsqlDbType.Boolean);
                }
                else
                {
                    await writer.WriteNullAsync();
                    await writer.WriteNullAsync();
                    await writer.WriteNullAsync();
                }

                await writer.WriteNullAsync();
            }

            await writer.CompleteAsync();
        }

        await using (var analyze = new NpgsqlCommand("ANALYZE known_organisations; ANALYZE placements; ANALYZE attendance_months; ANALYZE follow_ups", connection))
        {
            await analyze.ExecuteNonQueryAsync();
        }

        // The line of last year holds a full year of months: its busiest month is the stipend list's figure.
        var busiest = months.Where(m => m.Start.Year == today.Year - 1).GroupBy(m => m.Start.ToString("yyyy-MM", CultureInfo.InvariantCulture))
            .OrderByDescending(g => g.Count()).First().Key;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"placements-copy tenant={tenant} placements={count} months={months.Count} follow_ups={followUps.Count} seconds={watch.Elapsed.TotalSeconds:F1} " +
            $"line={lines[(today.Year - 1 - firstYear) * 2]} month={busiest} host={hosts[10]} " +
            $"{string.Join(' ', statuses.OrderBy(s => s.Key).Select(s => $"{s.Key.ToLowerInvariant()}={s.Value}"))}"));
        return 0;
    }

    private static Task WriteOrNull(NpgsqlBinaryImporter writer, decimal? value) =>
        value is { } v ? writer.WriteAsync(v, NpgsqlDbType.Numeric) : writer.WriteNullAsync();

    private static Task WriteOrNull(NpgsqlBinaryImporter writer, DateOnly? value) =>
        value is { } v ? writer.WriteAsync(v, NpgsqlDbType.Date) : writer.WriteNullAsync();
}
