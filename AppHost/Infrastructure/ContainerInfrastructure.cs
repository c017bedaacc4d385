using Rete.ServiceDefaults;
using Aspire.Hosting.ApplicationModel;

namespace Rete.AppHost.Infrastructure;

/// <summary>Aspire's PostgreSQL and RabbitMQ containers, for machines where a container engine answers.</summary>
internal sealed class ContainerInfrastructure : IReteInfrastructure
{
    private readonly IResourceBuilder<PostgresServerResource> postgres;

    public ContainerInfrastructure(IDistributedApplicationBuilder builder, RetePorts ports)
    {
        var password = builder.AddParameter("dev-password", DevelopmentCredentials.Password, secret: true);

        postgres = builder.AddPostgres(
                ReteResources.Postgres,
                builder.AddParameter("postgres-user", DevelopmentCredentials.PostgresUser),
                password,
                port: ports.Postgres)
            .WithDataVolume();

        var broker = builder.AddRabbitMQ(
                ReteResources.Messaging,
                builder.AddParameter("messaging-user", DevelopmentCredentials.RabbitMqUser),
                password,
                port: ports.Amqp)
            .WithManagementPlugin(port: ports.Management)
            .WithDataVolume();
        Messaging = new Dependency(broker, broker);
    }

    public Dependency Messaging { get; }

    public Dependency Database(string name, string databaseName)
    {
        var database = postgres.AddDatabase(name, databaseName);
        return new Dependency(database, database);
    }
}
