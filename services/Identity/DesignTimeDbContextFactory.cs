using Rete.ServiceDefaults.Data;

namespace Rete.Identity;

internal sealed class DesignTimeDbContextFactory : DesignTimeContextFactory<IdentityDbContext>;
