using System.Text.RegularExpressions;
using Rete.ServiceDefaults.Auth;
using Rete.ServiceDefaults.Tenancy;

namespace Rete.Tooling;

/// <summary>`./rete token`: prints a development JWT on stdout, nothing else; errors on stderr with exit code 2.</summary>
public static class Program
{
    private const string DefaultSubject = "dev-user";
    private const string DefaultTtl = "28800"; // 8 hours

    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        try
        {
            if (Mint(args, output) is { } token)
            {
                output.WriteLine(token);
            }

            return 0;
        }
        catch (UsageException e)
        {
            error.WriteLine($"error: token: {e.Message}");
            return 2;
        }
    }

    /// <summary>The token, or null when the usage was asked for (and printed).</summary>
    private static string? Mint(string[] args, TextWriter output)
    {
        string tenant = "", sub = DefaultSubject, org = "", ttl = DefaultTtl;
        List<string> roles = [], municipalities = [];
        for (var i = 0; i < args.Length; i++)
        {
            var (opt, val) = (args[i], "");
            if (opt is "-h" or "--help")
            {
                output.Write(Usage);
                return null;
            }

            if (opt.StartsWith("--", StringComparison.Ordinal) && opt.Contains('='))
            {
                (opt, val) = (opt[..opt.IndexOf('=')], opt[(opt.IndexOf('=') + 1)..]);
            }
            else if (opt.StartsWith("--", StringComparison.Ordinal))
            {
                val = ++i < args.Length ? args[i] : throw new UsageException($"{opt} needs a value (see ./rete token --help)");
            }
            else
            {
                throw new UsageException($"unexpected argument '{opt}' (see ./rete token --help)");
            }

            Check(!val.Any(char.IsControl), $"{opt} contains control characters");
            switch (opt)
            {
                case "--tenant": tenant = val; break;
                case "--role": roles.Add(val); break;
                case "--sub": sub = val; break;
                case "--org": org = val; break;
                case "--municipality": municipalities.Add(val); break;
                case "--ttl": ttl = val; break;
                default: throw new UsageException($"unknown option {opt} (see ./rete token --help)");
            }
        }

        Check(tenant.Length > 0, "--tenant is required (see ./rete token --help)");
        Check(TenantIds.IsValid(tenant), $"tenant '{tenant}' is not a slug (lowercase letters, digits and dashes, e.g. zona-ovest)");
        // The services accept only registered tenants (Tenancy:Tenants; Development: the sample consortia).
        var known = (Environment.GetEnvironmentVariable("RETE_TENANTS") ?? "")
            .Split([',', ' ', '\t'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        known = known.Length > 0 ? known : [.. KnownTenants.DevelopmentDefaults];
        Check(known.Contains(tenant), $"tenant '{tenant}' is not registered (registered: {string.Join(' ', known)}; set RETE_TENANTS to change)");
        Check(sub.Length > 0, "--sub must not be empty");
        var seconds = Regex.IsMatch(ttl, "^[1-9][0-9]*$") && int.TryParse(ttl, out var parsed) ? parsed : 0;
        Check(seconds > 0, "--ttl must be a positive number of seconds");
        roles = roles.Count > 0 ? roles : [ReteRoles.Operator];
        foreach (var role in roles)
        {
            Check(ReteRoles.All.Contains(role), $"unknown role '{role}' (roles: {string.Join(' ', ReteRoles.All)})");
        }

        foreach (var m in municipalities)
        {
            Check(Regex.IsMatch(m, "^[0-9]{6}$"), $"municipality '{m}' is not an ISTAT code (6 digits, e.g. 003149)");
        }

        var tokens = new DevelopmentTokens { Lifetime = TimeSpan.FromSeconds(seconds) };
        return tokens.Mint(sub, tenant, roles, org.Length > 0 ? org : null, municipalities);
    }

    private static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new UsageException(message);
        }
    }

    private static string Usage => $"""
        usage: ./rete token --tenant TENANT [--role ROLE]... [--sub SUBJECT] [--org ORG_ID]
                            [--municipality ISTAT]... [--ttl SECONDS]

        Prints a development JWT (HS256, issuer {DevelopmentTokens.DevelopmentIssuer}, audience {DevelopmentTokens.DevelopmentAudience}) on stdout, nothing else.
          --tenant        consortium slug, required (e.g. trecate, zona-ovest)
          --role          repeatable; default {ReteRoles.Operator}. One of:
                          {string.Join(' ', ReteRoles.All)}
          --sub           subject; default {DefaultSubject}
          --org           the caller's organisation id
          --municipality  repeatable; ISTAT code (6 digits) the caller may act for; none means the whole tenant
          --ttl           lifetime in seconds; default {DefaultTtl} (8 hours)

        example: curl -H "Authorization: Bearer $(./rete token --tenant trecate --role operator)" ...

        """;

    private sealed class UsageException(string message) : Exception(message);
}
