using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Rete.ServiceDefaults.Messaging;

public static class MessagingExtensions
{
    /// <summary>
    /// MassTransit over RabbitMQ from <c>ConnectionStrings:messaging</c> (an amqp:// URI, as Aspire gives it), with
    /// retries before the _error queue (<see cref="ConsumerRetry"/>), and the outbox dispatcher. Call after <c>AddReteDatabase</c>.
    /// </summary>
    public static IHostApplicationBuilder AddReteMessaging(
        this IHostApplicationBuilder builder, string serviceName, Action<IBusRegistrationConfigurator>? configure = null)
    {
        var uri = new Uri(builder.Configuration.GetConnectionString(ReteResources.Messaging)
            ?? throw new InvalidOperationException($"ConnectionStrings:{ReteResources.Messaging} is not configured."));

        builder.Services.AddMassTransit(bus =>
        {
            // MassTransit reports usage to its vendor's host by default; Rete sends nothing it was not told to.
            bus.DisableUsageTelemetry();
            // Queues carry the service's name: two services with a consumer of the same name must not compete.
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, false));
            configure?.Invoke(bus);
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.UseRabbitMqUri(uri);
                rabbit.UseReteRetry();
                rabbit.ConfigureEndpoints(context);
            });
        });

        builder.Services.AddHostedService<OutboxDispatcher>();
        builder.Services.AddHealthChecks().AddCheck<OutboxHealthCheck>(
            OutboxHealthCheck.Name, HealthStatus.Degraded, timeout: TimeSpan.FromSeconds(5));
        return builder;
    }

    /// <summary>Points a bus at an amqp://user:pass@host:port/vhost URI, the form Aspire's connection string takes.</summary>
    public static void UseRabbitMqUri(this IRabbitMqBusFactoryConfigurator rabbit, Uri uri)
    {
        var credentials = Uri.UnescapeDataString(uri.UserInfo).Split(':', 2);
        var path = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        var virtualHost = string.IsNullOrEmpty(path) ? "/" : path;
        var port = uri.IsDefaultPort || uri.Port <= 0 ? 5672 : uri.Port;
        rabbit.Host(uri.Host, (ushort)port, virtualHost, h =>
        {
            if (credentials.Length == 2)
            {
                h.Username(credentials[0]);
                h.Password(credentials[1]);
            }
        });
    }
}
