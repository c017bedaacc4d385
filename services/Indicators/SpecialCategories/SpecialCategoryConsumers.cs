using Rete.Contracts.Referrals;
using Rete.Indicators.Events;
using Rete.ServiceDefaults.Tenancy;

namespace Rete.Indicators.SpecialCategories;

internal sealed class SpecialCategoryCountsPublishedConsumer(IndicatorsDbContext db, ITenantContext t, Projector p)
    : RecordingConsumer<SpecialCategoryCountsPublished>(db, t, p);
