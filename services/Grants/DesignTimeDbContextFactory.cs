using Rete.ServiceDefaults.Data;

namespace Rete.Grants;

internal sealed class DesignTimeDbContextFactory : DesignTimeContextFactory<GrantsDbContext>;
