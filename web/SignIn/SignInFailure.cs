using Microsoft.AspNetCore.Authentication;

namespace Rete.Web.SignIn;

/// <summary>
/// A sign-in the provider refused or that came back broken (an expired correlation cookie, a denied request)
/// ends on an Italian page, not on an exception.
/// </summary>
internal static class SignInFailure
{
    public const string Path = "/accesso-non-riuscito";

    public static Task ShowItalianPageAsync(RemoteFailureContext context)
    {
        context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>()
            .CreateLogger(typeof(SignInFailure)).LogWarning(context.Failure, "Sign-in failed");
        context.Response.Redirect(Path);
        context.HandleResponse();
        return Task.CompletedTask;
    }
}
