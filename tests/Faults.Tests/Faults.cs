using Rete.ServiceDefaults;
using Rete.Testing;

namespace Rete.Faults.Tests;

/// <summary>The Registry in-process, against the test PostgreSQL (a database of its own) and the run's RabbitMQ vhost.</summary>
public sealed class RegistryFactory() : ServiceFactory<Program>(ReteResources.RegistryDb, ReteResources.Registry);

/// <summary>
/// Every test here stops or restarts shared infrastructure (the test broker or database) or floods a shared
/// instance, so they run one at a time.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FaultsCollection
{
    public const string Name = "faults";
}
