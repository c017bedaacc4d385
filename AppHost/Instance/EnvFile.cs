using System.Text;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace Rete.AppHost.Instance;

/// <summary>
/// Once the gateway is ready, writes the addresses the AppHost gave every resource to {RETE_HOME}/env, in the
/// runtime contract's keys (ConnectionStrings__{name}, services__{name}__http__0): the seeder, the end-to-end
/// tests and a developer's shell read them there instead of knowing ports.
/// </summary>
internal static class EnvFile
{
    public static IResourceBuilder<ProjectResource> WritesEnvFileWhenReady(
        this IResourceBuilder<ProjectResource> gateway, InstanceDirectory instance) =>
        gateway.OnResourceReady(async (_, ready, cancellationToken) =>
        {
            var model = ready.Services.GetRequiredService<DistributedApplicationModel>();
            var content = new StringBuilder("# written by the AppHost: this instance's addresses (development only)\n");
            foreach (var resource in model.Resources.OfType<IResourceWithConnectionString>())
            {
                var value = await resource.GetConnectionStringAsync(cancellationToken);
                content.Append($"ConnectionStrings__{resource.Name}={value}\n");
            }
            foreach (var project in model.Resources.OfType<ProjectResource>())
            {
                var http = project.GetEndpoint("http");
                content.Append($"services__{project.Name}__http__0={http.Url}\n");
            }
            InstanceDirectory.WriteAtomically(instance.EnvFile, content.ToString());
        });
}
