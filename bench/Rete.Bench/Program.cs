using System.Globalization;
using Rete.Bench;

// The parts of bench/run that hey cannot do. Every command prints one line of key=value figures on stdout.
//   lag         event lag Registry commit -> subscriber on the bus (idle: it writes itself; --listen: others write)
//   lag-db      event lag Registry commit -> Grants read model commit, from the two databases
//   seed-api    registers organisations through the gateway
//   seed-copy   bulk-loads organisations into registry-db with COPY (growth runs)
//   cursor      prints the page cursor that starts after the n-th organisation of a tenant
//   indicators-load   COPYs a region's people, referrals, placements, GOL assignments and consents into indicators-db
//   indicators-lag    event published on the bus -> Indicators figure moved, through the gateway
//   referrals-copy, referrals-cursor, placements-copy, saga-setup, saga: the people services (bench/sections/people.sh)
var arguments = Arguments.Parse(args);
try
{
    return arguments.Command switch
    {
        "lag" => await EventLag.RunAsync(arguments),
        "lag-db" => await EventLag.RunFromDatabasesAsync(arguments),
        "seed-api" => await Seeding.ViaApiAsync(arguments),
        "seed-copy" => await Seeding.ViaCopyAsync(arguments),
        "cursor" => await Seeding.CursorAsync(arguments),
        "indicators-load" => await IndicatorsLoad.RunAsync(arguments),
        "indicators-lag" => await IndicatorsLag.RunAsync(arguments),
        "referrals-copy" => await ReferralsSeeding.CopyAsync(arguments),
        "referrals-cursor" => await ReferralsSeeding.CursorAsync(arguments),
        "placements-copy" => await PlacementsSeeding.CopyAsync(arguments),
        "saga-setup" => await FundingSaga.SetupAsync(arguments),
        "saga" => await FundingSaga.RunAsync(arguments),
        _ => Usage(),
    };
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return Usage();
}

static int Usage()
{
    Console.Error.WriteLine("usage: Rete.Bench lag|lag-db|seed-api|seed-copy|cursor|referrals-copy|referrals-cursor|placements-copy|saga-setup|saga|indicators-load|indicators-lag --option value ... (see bench/run)");
    return 2;
}

namespace Rete.Bench
{
    internal sealed class Arguments
    {
        private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);

        public string Command { get; private init; } = "";

        public static Arguments Parse(string[] args)
        {
            var parsed = new Arguments { Command = args.Length > 0 ? args[0] : "" };
            for (var i = 1; i < args.Length; i++)
            {
                if (!args[i].StartsWith("--", StringComparison.Ordinal))
                {
                    throw new ArgumentException($"unexpected argument '{args[i]}'");
                }

                var key = args[i][2..];
                parsed.values[key] = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "true";
            }

            return parsed;
        }

        public string this[string key] => values.TryGetValue(key, out var v) ? v : throw new ArgumentException($"--{key} is required");

        public string Get(string key, string fallback) => values.TryGetValue(key, out var v) ? v : fallback;

        public int Int(string key, int fallback) => values.TryGetValue(key, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

        public bool Has(string key) => values.ContainsKey(key);
    }

    internal static class Stats
    {
        /// <summary>Nearest-rank percentile of an ascending list.</summary>
        public static double Percentile(IReadOnlyList<double> sorted, double p) =>
            sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];

        public static string Line(string label, List<double> samples)
        {
            samples.Sort();
            return string.Create(CultureInfo.InvariantCulture,
                $"{label} n={samples.Count} p50={Percentile(samples, 50):F1} p99={Percentile(samples, 99):F1} max={(samples.Count > 0 ? samples[^1] : double.NaN):F1}");
        }
    }
}
