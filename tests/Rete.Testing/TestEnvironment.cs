namespace Rete.Testing;

/// <summary>
/// What the tests run against: the throwaway PostgreSQL and RabbitMQ of <see cref="TestInfrastructure"/>, and the
/// development signing settings the AppHost gives the services.
/// </summary>
public static class TestEnvironment
{
    public static string Postgres => TestInfrastructure.Current.PostgresConnection;

    public static Uri RabbitMq => TestInfrastructure.Current.RabbitMq;

    public static string SigningKey => Environment.GetEnvironmentVariable("Auth__SigningKey") ?? DevelopmentSigningKey;

    // The AppHost's development key (AppHost/appsettings.Development.json), published, development only.
    public const string DevelopmentSigningKey = "rete-development-signing-key-not-for-production";

    public const string Issuer = "rete-dev";

    public const string Audience = "rete";
}
