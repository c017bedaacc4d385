namespace Rete.Testing;

/// <summary>Stops and starts the test broker and database (<see cref="TestInfrastructure"/>), to test outages.</summary>
public static class Infrastructure
{
    public static Task StopBrokerAsync() => TestInfrastructure.Current.StopBrokerAsync();

    public static Task StartBrokerAsync() => TestInfrastructure.Current.StartBrokerAsync();

    public static Task StopPostgresAsync() => TestInfrastructure.Current.StopPostgresAsync();

    public static Task StartPostgresAsync() => TestInfrastructure.Current.StartPostgresAsync();

    public static Task RestartPostgresAsync() => TestInfrastructure.Current.RestartPostgresAsync();
}
