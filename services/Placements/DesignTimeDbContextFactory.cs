using Rete.ServiceDefaults.Data;

namespace Rete.Placements;

internal sealed class DesignTimeDbContextFactory : DesignTimeContextFactory<PlacementsDbContext>;
