using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Rete.ServiceDefaults.Json;
using DiagnosticsReport = Microsoft.Extensions.Diagnostics.HealthChecks.HealthReport;

namespace Rete.ServiceDefaults.Health;

/// <summary>A short JSON health answer: overall status and each check's status, never exception details.</summary>
internal static class HealthReport
{
    public static Task WriteAsync(HttpContext context, DiagnosticsReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, ReteJson.Options));
    }
}
