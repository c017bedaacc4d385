extern alias referrals;

using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Npgsql;
using NpgsqlTypes;
using referrals::Rete.Referrals.Protection;
using Rete.ServiceDefaults.Http;
using Rete.ServiceDefaults.TaxCodes;

namespace Rete.Bench;

/// <summary>
/// A region's people and referrals for the Referrals figures, COPYed into referrals-db. Tax codes go through the
/// service's own <see cref="PersonalDataProtector"/> with the keys the service runs with (its appsettings), so a search
/// by tax code through the API finds them. Queues are skewed as a region's are: the CPI and the social services receive
/// and send far more than a parish's job desk.
/// </summary>
internal static class ReferralsSeeding
{
    private static readonly string[] LastNames =
    [
        "Esempio", "Fittizio", "Campione", "Modello", "Prova", "Inventato", "Immaginario", "Fantasia", "Saggio", "Bozza",
        "Schema", "Simulato", "Ipotetico", "Figurato", "Provino", "Abbozzo", "Collaudo", "Dimostrativo", "Finzione", "Segnaposto",
    ];

    private static readonly string[] Suffixes = ["", "lli", "tti", "ni", "ri", "sso", "ncini", "relli", "tto", "schi"];

    private static readonly string[] FirstNames =
    [
        "Mario", "Luca", "Paolo", "Marco", "Andrea", "Giuseppe", "Stefano", "Davide", "Ahmed", "Ion",
        "Anna", "Giulia", "Maria", "Sara", "Laura", "Elena", "Chiara", "Fatima", "Ioana", "Rosa",
    ];

    private static readonly string[] Towns = ["001272", "001090", "001120", "001219", "001063", "003149", "003106", "003049"];
    private static readonly string[] Groups = ["adultInDifficulty", "longTermUnemployed", "migrant", "woman", "disability"];
    private static readonly string[] Programmes = ["municipalProject", "golPathway1", "golPathway2", "golPathway3", "golPathway4", "inclusionMeasure"];
    private static readonly string[] Priorities = ["low", "normal", "normal", "normal", "high", "urgent"];
    private static readonly string[] Rejections = ["outOfScope", "noCapacity", "missingInformation", "alreadyInCharge", "personDeclined"];
    private static readonly string[] Outcomes = ["employed", "training", "placement", "returnedToSender", "leftAssistance", "dropout"];

    /// <summary>
    /// COPYs --people people and --referrals referrals of --tenant between --organisations organisations (5 years of
    /// history, UUID v7 ids from their times), then ANALYZEs. Prints the ids and criteria the figures use.
    /// </summary>
    public static async Task<int> CopyAsync(Arguments a)
    {
        var tenant = a["tenant"];
        var peopleCount = a.Int("people", 300_000);
        var referralCount = a.Int("referrals", 1_000_000);
        var organisations = a.Int("organisations", 40);
        var protector = PersonalDataProtector.FromConfiguration(
            new ConfigurationBuilder().AddJsonFile(Path.GetFullPath(a["settings"]), optional: false).Build());
        var random = new Random(tenant.GetHashCode(StringComparison.Ordinal) ^ peopleCount);
        var now = DateTimeOffset.UtcNow;
        var watch = Stopwatch.StartNew();
        var orgs = Enumerable.Range(0, organisations).Select(i => Guid.CreateVersion7(now.AddDays(-2000 + i))).ToArray();

        await using var connection = new NpgsqlConnection(a["db"]);
        await connection.OpenAsync();
        var registered = Enumerable.Range(0, peopleCount).Select(_ => now.AddSeconds(-random.NextDouble() * 5 * 365 * 86400)).Order().ToArray();
        var people = new Guid[peopleCount];
        var sample = (Index: random.Next(peopleCount), TaxCode: "", LastName: "", FirstName: "", Birth: default(DateOnly));
        await using (var writer = await connection.BeginBinaryImportAsync(
            """
            COPY people (id, tenant_id, first_name, last_name, birth_date, tax_code_cipher, tax_code_hash, municipality_istat, district,
                         target_groups, education, email, phone, special_category_cipher, possible_duplicates, registered_at, version)
            FROM STDIN (FORMAT BINARY)
            """))
        {
            for (var i = 0; i < peopleCount; i++)
            {
                var woman = random.Next(2) == 1;
                var first = FirstNames[random.Next(10) + (woman ? 10 : 0)];
                var last = LastNames[random.Next(LastNames.Length)] + Suffixes[random.Next(Suffixes.Length)];
                var birth = new DateOnly(1955, 1, 1).AddDays(random.Next(50 * 365));
                var taxCode = TaxCode(i, birth, woman);
                people[i] = Guid.CreateVersion7(registered[i]);
                if (i == sample.Index)
                {
                    sample = (i, taxCode, last, first, birth);
                }

                await writer.StartRowAsync();
                await writer.WriteAsync(people[i], NpgsqlDbType.Uuid);
                await writer.WriteAsync(tenant, NpgsqlDbType.Varchar);
                await writer.WriteAsync(first, NpgsqlDbType.Varchar);
                await writer.WriteAsync(last, NpgsqlDbType.Varchar);
                await writer.WriteAsync(birth, NpgsqlDbType.Date);
                await writer.WriteAsync(protector.Encrypt(taxCode), NpgsqlDbType.Varchar);
                await writer.WriteAsync(protector.Hash(taxCode), NpgsqlDbType.Varchar);
                await writer.WriteAsync(Towns[random.Next(Towns.Length)], NpgsqlDbType.Varchar);
                await writer.WriteNullAsync();
                await writer.WriteAsync($"[\"{Groups[random.Next(Groups.Length)]}\"]", NpgsqlDbType.Jsonb);
                await writer.WriteAsync("upperSecondary", NpgsqlDbType.Varchar);
                await writer.WriteNullAsync();
                await writer.WriteNullAsync();
                if (random.Next(20) == 0)
                {
                    await writer.WriteAsync(protector.Encrypt("{\"disability\":\"invalidità civile\"}"), NpgsqlDbType.Text);
                }
                else
                {
                    await writer.WriteNullAsync();
                }

                await writer.WriteAsync("[]", NpgsqlDbType.Jsonb);
                await writer.WriteAsync(registered[i], NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(1, NpgsqlDbType.Integer);
            }

            await writer.CompleteAsync();
        }

        // Referrals in the order they were sent, each after its person's registration.
        var sent = new (DateTimeOffset At, int Person)[referralCount];
        for (var i = 0; i < referralCount; i++)
        {
            var person = random.Next(peopleCount);
            var span = (now - registered[person]).TotalSeconds;
            sent[i] = (registered[person].AddSeconds(random.NextDouble() * span), person);
        }

        Array.Sort(sent, (x, y) => x.At.CompareTo(y.At));
        // The pathway figure reads the person with the most referrals: the longest story the tenant holds.
        var perPerson = new int[peopleCount];
        await using (var writer = await connection.BeginBinaryImportAsync(
            """
            COPY referrals (id, tenant_id, person_id, from_organisation_id, to_organisation_id, programme, reason, priority, consent_id,
                            status, sent_by, case_manager_id, rejection_reason_code, outcome, sent_at, accepted_at, rejected_at,
                            withdrawn_at, closed_at, version)
            FROM STDIN (FORMAT BINARY)
            """))
        {
            foreach (var (at, person) in sent)
            {
                var to = Skewed(random, organisations);
                var from = Skewed(random, organisations);
                if (from == to)
                {
                    from = (to + 1 + random.Next(organisations - 1)) % organisations;
                }

                perPerson[person]++;
                var age = (now - at).TotalDays;
                // Recent referrals wait in the queues; older ones went their way.
                var roll = random.Next(100);
                var status = age < 30 && roll < 60 ? "sent" : roll < 12 ? "rejected" : roll < 17 ? "withdrawn" : age < 180 && roll < 60 ? "accepted" : "closed";
                var accepted = status is "accepted" or "closed" ? at.AddDays(1 + random.Next(20)) : (DateTimeOffset?)null;
                await writer.StartRowAsync();
                await writer.WriteAsync(Guid.CreateVersion7(at), NpgsqlDbType.Uuid);
                await writer.WriteAsync(tenant, NpgsqlDbType.Varchar);
                await writer.WriteAsync(people[person], NpgsqlDbType.Uuid);
                await writer.WriteAsync(orgs[from], NpgsqlDbType.Uuid);
                await writer.WriteAsync(orgs[to], NpgsqlDbType.Uuid);
                await writer.WriteAsync(Programmes[random.Next(Programmes.Length)], NpgsqlDbType.Varchar);
                await writer.WriteAsync("Presa in carico per orientamento e accompagnamento al lavoro.", NpgsqlDbType.Varchar);
                await writer.WriteAsync(Priorities[random.Next(Priorities.Length)], NpgsqlDbType.Varchar);
                await writer.WriteAsync(Guid.CreateVersion7(at), NpgsqlDbType.Uuid);
                await writer.WriteAsync(status, NpgsqlDbType.Varchar);
                await writer.WriteAsync($"operator@{tenant}", NpgsqlDbType.Varchar);
                await WriteOrNull(writer, accepted is null ? null : $"case-manager-{random.Next(200)}");
                await WriteOrNull(writer, status == "rejected" ? Rejections[random.Next(Rejections.Length)] : null);
                await WriteOrNull(writer, status == "closed" ? Outcomes[random.Next(Outcomes.Length)] : null);
                await writer.WriteAsync(at, NpgsqlDbType.TimestampTz);
                await WriteOrNull(writer, accepted);
                await WriteOrNull(writer, status == "rejected" ? at.AddDays(1 + random.Next(10)) : (DateTimeOffset?)null);
                await WriteOrNull(writer, status == "withdrawn" ? at.AddDays(1 + random.Next(10)) : (DateTimeOffset?)null);
                await WriteOrNull(writer, status == "closed" ? accepted!.Value.AddDays(30 + random.Next(300)) : (DateTimeOffset?)null);
                await writer.WriteAsync(status switch { "sent" => 1, "accepted" or "rejected" or "withdrawn" => 2, _ => 3 }, NpgsqlDbType.Integer);
            }

            await writer.CompleteAsync();
        }

        await using (var analyze = new NpgsqlCommand("ANALYZE people; ANALYZE referrals", connection))
        {
            await analyze.ExecuteNonQueryAsync();
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"referrals-copy tenant={tenant} people={peopleCount} referrals={referralCount} seconds={watch.Elapsed.TotalSeconds:F1} " +
            $"hub={orgs[0]} small={orgs[organisations - 1]} person={people[sample.Index]} " +
            $"pathway_person={people[Array.IndexOf(perPerson, perPerson.Max())]} pathway_referrals={perPerson.Max()} " +
            $"tax_code={sample.TaxCode} last_name={sample.LastName} first_name={sample.FirstName} birth_date={sample.Birth:yyyy-MM-dd}"));
        return 0;
    }

    /// <summary>The cursor a client holds after reading --at (0..1) of an organisation's --queue (incoming or outgoing).</summary>
    public static async Task<int> CursorAsync(Arguments a)
    {
        var column = a["queue"] switch
        {
            "incoming" => "to_organisation_id",
            "outgoing" => "from_organisation_id",
            _ => throw new ArgumentException("--queue is incoming or outgoing"),
        };
        await using var connection = new NpgsqlConnection(a["db"]);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"""
            SELECT id FROM referrals WHERE tenant_id = @t AND {column} = @o ORDER BY id
            OFFSET (SELECT floor(count(*) * @at)::int FROM referrals WHERE tenant_id = @t AND {column} = @o) LIMIT 1
            """, connection);
        command.Parameters.AddWithValue("t", a["tenant"]);
        command.Parameters.AddWithValue("o", Guid.Parse(a["organisation"]));
        command.Parameters.AddWithValue("at", double.Parse(a.Get("at", "0.9"), CultureInfo.InvariantCulture));
        var id = (Guid?)await command.ExecuteScalarAsync() ?? throw new ArgumentException("no referral at that depth");
        Console.WriteLine(PageRequest.Cursor(id));
        return 0;
    }

    /// <summary>Organisation 0 (the CPI) takes a quarter, 1 (social services) a sixth, the others share the rest.</summary>
    private static int Skewed(Random random, int organisations)
    {
        var roll = random.NextDouble();
        return roll < 0.25 ? 0 : roll < 0.42 ? 1 : 2 + random.Next(organisations - 2);
    }

    /// <summary>
    /// A well-formed tax code, unique per index: the six letters of surname and name encode the index (these
    /// are synthetic people, so the letters need not come from their names), then birth date, sex, a place and the check.
    /// </summary>
    internal static string TaxCode(int index, DateOnly birth, bool woman)
    {
        const string Months = "ABCDEHLMPRST";
        Span<char> letters = stackalloc char[6];
        var n = index;
        for (var i = 5; i >= 0; i--)
        {
            letters[i] = (char)('A' + (int)(n % 26));
            n /= 26;
        }

        var first15 = string.Create(CultureInfo.InvariantCulture,
            $"{letters}{birth.Year % 100:00}{Months[birth.Month - 1]}{birth.Day + (woman ? 40 : 0):00}L219");
        return first15 + CodiceFiscale.CheckCharacter(first15);
    }

    private static Task WriteOrNull(NpgsqlBinaryImporter writer, DateTimeOffset? value) =>
        value is { } v ? writer.WriteAsync(v, NpgsqlDbType.TimestampTz) : writer.WriteNullAsync();

    private static Task WriteOrNull(NpgsqlBinaryImporter writer, string? value) =>
        value is null ? writer.WriteNullAsync() : writer.WriteAsync(value, NpgsqlDbType.Varchar);
}
