using Rete.Contracts.Referrals;

namespace Rete.Referrals.SpecialCategories;

/// <summary>
/// <c>POST /api/referrals/special-categories/counts</c> (consortium-admin): publishes the tenant's special-category
/// counts now, instead of waiting for the daily round, and answers what was published (counts only).
/// </summary>
public static class PublishSpecialCategoryCounts
{
    public static RouteHandlerBuilder MapPublishSpecialCategoryCounts(this RouteGroupBuilder api) =>
        api.MapPost("/special-categories/counts", HandleAsync)
            .RequireAuthorization(ReferralsPolicies.Publish)
            .WithTags("Categorie particolari")
            .WithName("PublishSpecialCategoryCounts")
            .WithSummary("Pubblica ora i conteggi per comune e distretto delle persone con disabilità o seguite dai servizi sanitari (conteggi piccoli soppressi)");

    private static async Task<IResult> HandleAsync(SpecialCategoryCounts counts, CancellationToken ct)
    {
        SpecialCategoryCountsPublished published = await counts.PublishAsync(ct);
        return TypedResults.Ok(published);
    }
}
