using Rete.ServiceDefaults.Data;

namespace Rete.Registry;

internal sealed class DesignTimeDbContextFactory : DesignTimeContextFactory<RegistryDbContext>;
