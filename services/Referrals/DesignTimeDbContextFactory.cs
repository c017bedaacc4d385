using Rete.ServiceDefaults.Data;

namespace Rete.Referrals;

internal sealed class DesignTimeDbContextFactory : DesignTimeContextFactory<ReferralsDbContext>;
