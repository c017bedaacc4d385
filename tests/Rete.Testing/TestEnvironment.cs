namespace Rete.Testing;

/// <summary>
/// What `./rete test` starts for the tests: a throwaway PostgreSQL, a RabbitMQ vhost of this run, the scripts that
/// stop and start them, and the development signing settings. Missing values fail loudly: these tests need real parts.
/// </summary>
public static class TestEnvironment
{
    public static string Postgres => Required("RETE_TEST_POSTGRES");

    public static Uri RabbitMq => new(Required("RETE_TEST_RABBITMQ"));

    public static string BrokerControl => Required("RETE_TEST_BROKER_CTL");

    public static string PostgresControl => Required("RETE_TEST_POSTGRES_CTL");

    public static string SigningKey => Environment.GetEnvironmentVariable("Auth__SigningKey") ?? DevelopmentSigningKey;

    // The AppHost's development key (AppHost/appsettings.Development.json), published, development only.
    public const string DevelopmentSigningKey = "rete-development-signing-key-not-for-production";

    public const string Issuer = "rete-dev";

    public const string Audience = "rete";

    private static string Required(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{name} is not set: run the tests with `./rete test`, which starts PostgreSQL and RabbitMQ for them.");
}
