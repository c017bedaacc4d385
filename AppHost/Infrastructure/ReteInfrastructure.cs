namespace Rete.AppHost.Infrastructure;

/// <summary>What a project references (its connection string) and what it waits for before it starts.</summary>
internal sealed record Dependency(
    IResourceBuilder<IResourceWithConnectionString> Reference,
    IResourceBuilder<IResource> Ready);

/// <summary>
/// PostgreSQL and RabbitMQ, as containers or as local executables: the same resource names ("postgres",
/// "messaging") and the same connection-string keys ("registry-db", ..., "messaging") either way.
/// </summary>
internal interface IReteInfrastructure
{
    /// <summary>A database of the server, under the connection-string name <paramref name="name"/>.</summary>
    Dependency Database(string name, string databaseName);

    Dependency Messaging { get; }
}

/// <summary>
/// Development-only credentials, bound to 127.0.0.1. They are published in this repository (eng/ and the
/// README name them too): never for anything shared or reachable from a network.
/// </summary>
internal static class DevelopmentCredentials
{
    public const string PostgresUser = "postgres";
    public const string Password = "rete-dev-password";
    public const string RabbitMqUser = "rete";
}
