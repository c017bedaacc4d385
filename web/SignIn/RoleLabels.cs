using Rete.ServiceDefaults.Auth;

namespace Rete.Web.SignIn;

/// <summary>The roles' Italian names.</summary>
public static class RoleLabels
{
    public static string Role(string role) => role switch
    {
        ReteRoles.ConsortiumAdmin => "Amministrazione del consorzio",
        ReteRoles.Operator => "Operatore",
        ReteRoles.SocialWorker => "Assistente sociale",
        ReteRoles.CpiOperator => "Operatore CPI",
        ReteRoles.Partner => "Partner",
        ReteRoles.Auditor => "Revisore",
        ReteRoles.Ops => "Esercizio",
        _ => role,
    };
}
