namespace Rete.ServiceDefaults.Auth;

/// <summary>The roles a token may carry (ARCHITECTURE.md, Tenancy and access).</summary>
public static class ReteRoles
{
    public const string ConsortiumAdmin = "consortium-admin";
    public const string Operator = "operator";
    public const string SocialWorker = "social-worker";
    public const string CpiOperator = "cpi-operator";
    public const string Partner = "partner";
    public const string Auditor = "auditor";
    public const string Ops = "ops";

    public static readonly IReadOnlyList<string> All =
        [ConsortiumAdmin, Operator, SocialWorker, CpiOperator, Partner, Auditor, Ops];

    /// <summary>Every role that may see the network's business data: all but ops.</summary>
    public static readonly IReadOnlyList<string> BusinessReaders =
        [ConsortiumAdmin, Operator, SocialWorker, CpiOperator, Partner, Auditor];

    /// <summary>The business readers who speak for the network rather than for one partner organisation.</summary>
    public static readonly IReadOnlyList<string> NetworkReaders = BusinessReaders.Where(r => r != Partner).ToList();
}
