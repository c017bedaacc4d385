using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Rete.Identity.SignIn;

namespace Rete.Identity.Pages.Account;

[AllowAnonymous]
public sealed class LoginModel(PasswordSignIn signIn) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(UserName) || string.IsNullOrEmpty(Password) || UserName.Length > 100 || Password.Length > 200)
        {
            Error = "Inserire nome utente e password.";
            return Page();
        }

        var result = await signIn.CheckAsync(UserName, Password, ct);
        switch (result.Outcome)
        {
            case SignInOutcome.LockedOut:
                Error = "Account bloccato per troppi tentativi errati: riprovare tra 15 minuti.";
                return Page();
            case SignInOutcome.WrongCredentials:
                Error = "Nome utente o password errati.";
                return Page();
        }

        await HttpContext.SignInAsync(SignInCookie.Scheme, SignInCookie.For(result.User!));
        // Only a local address: the login page never sends anyone to another site.
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/account/signed-in");
    }
}
