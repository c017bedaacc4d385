using Rete.ServiceDefaults.Data;

namespace Rete.Indicators;

internal sealed class DesignTimeDbContextFactory : DesignTimeContextFactory<IndicatorsDbContext>;
