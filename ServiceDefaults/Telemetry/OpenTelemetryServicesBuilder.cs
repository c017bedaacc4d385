using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;

namespace Rete.ServiceDefaults.Telemetry;

/// <summary>
/// The core OpenTelemetry package defines the builder interface but not <c>AddOpenTelemetry()</c>
/// (that lives in OpenTelemetry.Extensions.Hosting, which the registry lacks). This is all it needs.
/// </summary>
internal sealed class OpenTelemetryServicesBuilder(IServiceCollection services) : IOpenTelemetryBuilder
{
    public IServiceCollection Services { get; } = services;
}
