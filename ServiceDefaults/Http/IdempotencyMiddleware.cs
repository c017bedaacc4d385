using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Rete.ServiceDefaults.Data;
using Rete.ServiceDefaults.Tenancy;

namespace Rete.ServiceDefaults.Http;

/// <summary>
/// A POST with an <c>Idempotency-Key</c> runs once per tenant and key: a replay gets the first response
/// (status, Location, ETag, body) with <c>Idempotent-Replayed: true</c>; the same key with another request
/// is refused (422), and one still running answers 409. Server errors are not kept, so they can be retried.
/// </summary>
internal sealed class IdempotencyMiddleware(RequestDelegate next, IServiceScopeFactory scopes)
{
    public const string Header = "Idempotency-Key";
    private const int MaxKeyLength = 200;

    public async Task InvokeAsync(HttpContext context)
    {
        var tenantId = context.RequestServices.GetRequiredService<ITenantContext>().TenantId;
        if (!HttpMethods.IsPost(context.Request.Method) || tenantId is null
            || !context.Request.Headers.TryGetValue(Header, out var values) || context.RequestServices.GetService<ReteDbContext>() is null)
        {
            await next(context);
            return;
        }

        var key = values.ToString();
        if (key.Length is 0 or > MaxKeyLength)
        {
            await Results.Problem($"L'intestazione {Header} deve avere da 1 a {MaxKeyLength} caratteri.", statusCode: 400).ExecuteAsync(context);
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ITenantContext>().Set(tenantId);
        var db = scope.ServiceProvider.GetRequiredService<ReteDbContext>();
        var fingerprint = await FingerprintAsync(context.Request);

        var existing = await db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Key == key, context.RequestAborted);
        if (existing is not null)
        {
            await AnswerExistingAsync(context, existing, fingerprint);
            return;
        }

        var record = new IdempotencyRecord { TenantId = tenantId, Key = key, Fingerprint = fingerprint, CreatedAt = DateTimeOffset.UtcNow };
        db.IdempotencyRecords.Add(record);
        try
        {
            await db.SaveChangesAsync(context.RequestAborted);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            await InProgress(context);
            return;
        }

        await RunAndKeepAsync(context, db, record);
    }

    private async Task RunAndKeepAsync(HttpContext context, ReteDbContext db, IdempotencyRecord record)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        var keep = false;
        try
        {
            await next(context);
            keep = context.Response.StatusCode is >= 200 and < 500 and not (401 or 403 or 408 or 429);
        }
        finally
        {
            context.Response.Body = original;
            if (keep)
            {
                record.StatusCode = context.Response.StatusCode;
                record.ContentType = context.Response.ContentType;
                record.Location = context.Response.Headers.Location.ToString() is { Length: > 0 } l ? l : null;
                record.ETag = context.Response.Headers.ETag.ToString() is { Length: > 0 } t ? t : null;
                record.Body = buffer.ToArray();
            }
            else
            {
                db.IdempotencyRecords.Remove(record);
            }

            await db.SaveChangesAsync(CancellationToken.None);
            buffer.Position = 0;
            await buffer.CopyToAsync(original, CancellationToken.None);
        }
    }

    private static async Task AnswerExistingAsync(HttpContext context, IdempotencyRecord existing, string fingerprint)
    {
        if (existing.Fingerprint != fingerprint)
        {
            await Results.Problem($"La chiave {Header} è già stata usata per una richiesta diversa.", statusCode: 422,
                extensions: new Dictionary<string, object?> { ["code"] = "idempotency-key-reused" }).ExecuteAsync(context);
            return;
        }

        if (!existing.Completed)
        {
            await InProgress(context);
            return;
        }

        context.Response.StatusCode = existing.StatusCode!.Value;
        context.Response.ContentType = existing.ContentType;
        if (existing.Location is not null)
        {
            context.Response.Headers.Location = existing.Location;
        }

        if (existing.ETag is not null)
        {
            context.Response.Headers.ETag = existing.ETag;
        }

        context.Response.Headers["Idempotent-Replayed"] = "true";
        if (existing.Body is { Length: > 0 } body)
        {
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        }
    }

    private static Task InProgress(HttpContext context) =>
        Results.Problem($"Una richiesta con la stessa chiave {Header} è ancora in corso.", statusCode: 409,
            extensions: new Dictionary<string, object?> { ["code"] = "idempotency-key-in-progress" }).ExecuteAsync(context);

    private static async Task<string> FingerprintAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(System.Text.Encoding.UTF8.GetBytes(request.Method + " " + request.Path + request.QueryString + "\n"));
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            sha.AppendData(chunk, 0, read);
        }

        request.Body.Position = 0;
        return Convert.ToHexString(sha.GetHashAndReset());
    }
}

public static class IdempotencyExtensions
{
    public static IApplicationBuilder UseIdempotencyKeys(this IApplicationBuilder app) => app.UseMiddleware<IdempotencyMiddleware>();
}
