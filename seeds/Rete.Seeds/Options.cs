namespace Rete.Seeds;

/// <summary>The command line: <c>--gateway URL --data DIR [--tenant SLUG] [--dry-run]</c>.</summary>
internal sealed record Options(Uri? Gateway, string DataDirectory, string? Tenant, bool DryRun)
{
    public const string Usage =
        """
        usage: Rete.Seeds --gateway http://127.0.0.1:8080 --data <dir> [--tenant <slug>] [--dry-run]

          --gateway URL   the gateway's base address (not needed with --dry-run)
          --data DIR      folder of <tenant>.json seed files (and optional <tenant>.grants.json, .referrals.json, .placements.json)
          --tenant SLUG   load only <DIR>/<SLUG>.json
          --dry-run       parse and check the files, resolve keys, print every request; send nothing

        environment: Auth__SigningKey, Auth__Issuer, Auth__Audience (as for the services; unset: the development defaults)
        exit codes: 0 loaded, 1 bad data or a refused request, 2 bad command line
        """;

    /// <summary>Parses the arguments, or returns null with the reason in <paramref name="error"/>.</summary>
    public static Options? Parse(string[] args, out string? error)
    {
        Uri? gateway = null;
        string? data = null;
        string? tenant = null;
        var dryRun = false;
        error = null;

        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--dry-run":
                    dryRun = true;
                    break;
                case "--gateway" or "--data" or "--tenant" when i + 1 >= args.Length:
                    error = $"{args[i]} needs a value";
                    return null;
                case "--gateway":
                    if (!Uri.TryCreate(args[++i], UriKind.Absolute, out gateway) || gateway.Scheme is not ("http" or "https"))
                    {
                        error = $"--gateway '{args[i]}' is not an http(s) URL";
                        return null;
                    }

                    break;
                case "--data":
                    data = args[++i];
                    break;
                case "--tenant":
                    tenant = args[++i];
                    break;
                default:
                    error = $"unknown argument '{args[i]}'";
                    return null;
            }
        }

        if (data is null)
        {
            error = "--data is required";
            return null;
        }

        if (gateway is null && !dryRun)
        {
            error = "--gateway is required (or use --dry-run)";
            return null;
        }

        return new Options(gateway, data, tenant, dryRun);
    }

    /// <summary>The Registry's base address: <c>{gateway}/api/registry/</c>.</summary>
    public Uri RegistryBase => new(Gateway!.AbsoluteUri.TrimEnd('/') + "/api/registry/");

    /// <summary>Grants' base address: <c>{gateway}/api/grants/</c>.</summary>
    public Uri GrantsBase => new(Gateway!.AbsoluteUri.TrimEnd('/') + "/api/grants/");

    /// <summary>Identity's user administration: <c>{gateway}/api/identity/</c>.</summary>
    public Uri IdentityBase => new(Gateway!.AbsoluteUri.TrimEnd('/') + "/api/identity/");

    /// <summary>Placements' base address: <c>{gateway}/api/placements/</c>.</summary>
    public Uri PlacementsBase => new(Gateway!.AbsoluteUri.TrimEnd('/') + "/api/placements/");

    /// <summary>Referrals' base address: <c>{gateway}/api/referrals/</c>.</summary>
    public Uri ReferralsBase => new(Gateway!.AbsoluteUri.TrimEnd('/') + "/api/referrals/");
}
