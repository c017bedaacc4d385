using Npgsql;
using NpgsqlTypes;

namespace Rete.Bench;

/// <summary>
/// A region's GOL assignments and consents, as the Indicators folds shape their rows: assignments made by 20 CPIs to
/// operators from 2022 (when GOL started) to a month ago, pathways 1-4, a third of those older than six months closed;
/// consents given from 2021 for one of the four purposes, most for two years, some withdrawn. People are drawn at
/// random, so many have more than one assignment (what the people assigned count tells apart).
/// </summary>
internal static class IndicatorsLoadGol
{
    private static readonly string[] Purposes = ["referral", "placement", "candidateBank", "cpiDataExchange"];
    private static readonly string[] Outcomes = ["employed", "training", "returnedToCpi", "dropout", "other"];

    public static async Task LoadAsync(NpgsqlConnection connection, string tenant, Guid[] people, Guid[] organisations, Random random,
        int assignmentCount, int consentCount)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        // The organisation kinds cycle through six (IndicatorsLoad): index 1 mod 6 is a CPI, 3 mod 6 an accredited operator.
        var cpis = Enumerable.Range(0, 20).Select(k => organisations[(1 + (6 * k)) % organisations.Length]).ToArray();
        var operators = Enumerable.Range(0, organisations.Length / 6).Select(k => organisations[3 + (6 * k)]).ToArray();
        var gol = new DateOnly(2022, 1, 10);
        var span = today.AddDays(-31).DayNumber - gol.DayNumber;
        await using (var w = await connection.BeginBinaryImportAsync(
            """
            COPY gol_assignments (id, tenant_id, person_id, cpi_organisation_id, operator_organisation_id, pathway, assigned_on, closed_on, outcome)
            FROM STDIN (FORMAT BINARY)
            """))
        {
            for (var i = 0; i < assignmentCount; i++)
            {
                var on = gol.AddDays(random.Next(span));
                var closed = on.AddDays(180) < today && random.Next(3) == 0 ? on.AddDays(random.Next(60, 180)) : (DateOnly?)null;
                await w.StartRowAsync();
                await w.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                await w.WriteAsync(tenant, NpgsqlDbType.Varchar);
                await w.WriteAsync(people[random.Next(people.Length)], NpgsqlDbType.Uuid);
                await w.WriteAsync(cpis[random.Next(cpis.Length)], NpgsqlDbType.Uuid);
                await w.WriteAsync(operators[random.Next(operators.Length)], NpgsqlDbType.Uuid);
                await w.WriteAsync(1 + random.Next(4), NpgsqlDbType.Integer);
                await w.WriteAsync(on, NpgsqlDbType.Date);
                await (closed is { } c ? w.WriteAsync(c, NpgsqlDbType.Date) : w.WriteNullAsync());
                await (closed is null ? w.WriteNullAsync() : w.WriteAsync(Outcomes[random.Next(Outcomes.Length)], NpgsqlDbType.Varchar));
            }

            await w.CompleteAsync();
        }

        var first = new DateOnly(2021, 1, 1);
        await using (var w = await connection.BeginBinaryImportAsync(
            "COPY consents (id, tenant_id, person_id, purpose, given_on, expires_on, withdrawn_on) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < consentCount; i++)
            {
                var given = first.AddDays(random.Next(today.DayNumber - first.DayNumber));
                DateOnly? expires = random.Next(10) == 0 ? null : given.AddYears(random.Next(4) == 0 ? 1 : 2);
                var withdrawn = random.Next(10) == 0 ? given.AddDays(random.Next(1, 300)) : (DateOnly?)null;
                await w.StartRowAsync();
                await w.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                await w.WriteAsync(tenant, NpgsqlDbType.Varchar);
                await w.WriteAsync(people[random.Next(people.Length)], NpgsqlDbType.Uuid);
                await w.WriteAsync(Purposes[random.Next(Purposes.Length)], NpgsqlDbType.Varchar);
                await w.WriteAsync(given, NpgsqlDbType.Date);
                await (expires is { } e ? w.WriteAsync(e, NpgsqlDbType.Date) : w.WriteNullAsync());
                await (withdrawn is { } x && x < today ? w.WriteAsync(x, NpgsqlDbType.Date) : w.WriteNullAsync());
            }

            await w.CompleteAsync();
        }
    }
}
