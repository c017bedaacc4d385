using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Rete.Identity.Users;
using Rete.ServiceDefaults.Tenancy;

namespace Rete.Identity.SignIn;

public enum SignInOutcome
{
    Succeeded,
    WrongCredentials,
    LockedOut,
}

public sealed record SignInResult(SignInOutcome Outcome, User? User = null);

/// <summary>
/// Checks a name and password. The name says the tenant; from then on the tenant is set, so the user row is read
/// under row-level security like any other tenant data. Five wrong passwords in a row lock the account.
/// </summary>
public sealed class PasswordSignIn(IdentityDbContext db, ITenantContext tenant, IPasswordHasher<User> hasher, TimeProvider clock)
{
    public async Task<SignInResult> CheckAsync(string userName, string password, CancellationToken ct)
    {
        var name = userName.Trim().ToLowerInvariant();
        var entry = await db.SignInNames.AsNoTracking().FirstOrDefaultAsync(n => n.UserName == name, ct);
        if (entry is null)
        {
            // The same work as a real check, so timing does not tell which names exist.
            hasher.VerifyHashedPassword(null!, DummyHash.Value, password);
            return new SignInResult(SignInOutcome.WrongCredentials);
        }

        tenant.Set(entry.TenantId);
        var user = await db.Users.FirstOrDefaultAsync(u => u.UserName == name, ct);
        var now = clock.GetUtcNow();
        if (user is null || user.Disabled)
        {
            return new SignInResult(SignInOutcome.WrongCredentials);
        }

        if (user.IsLockedOut(now))
        {
            return new SignInResult(SignInOutcome.LockedOut);
        }

        var check = hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (check == PasswordVerificationResult.Failed)
        {
            user.RecordFailedSignIn(now);
            await db.SaveChangesAsync(ct);
            return new SignInResult(user.IsLockedOut(now) ? SignInOutcome.LockedOut : SignInOutcome.WrongCredentials);
        }

        if (check == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.SetPasswordHash(hasher.HashPassword(user, password));
        }

        user.RecordSignIn();
        await db.SaveChangesAsync(ct);
        return new SignInResult(SignInOutcome.Succeeded, user);
    }

    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<User>().HashPassword(null!, Guid.NewGuid().ToString()));
}
