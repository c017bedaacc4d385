using MassTransit;
using Rete.Referrals.AccessLog;
using Rete.Referrals.Assignments;
using Rete.Referrals.Candidates;
using Rete.Referrals.Consents;
using Rete.Referrals.Organisations;
using Rete.Referrals.Pathway;
using Rete.Referrals.People;
using Rete.Referrals.Protection;
using Rete.Referrals.Referrals;
using Rete.Referrals.SpecialCategories;
using Rete.ServiceDefaults;
using Rete.ServiceDefaults.Auth;
using Rete.ServiceDefaults.Data;
using Rete.ServiceDefaults.Http;
using Rete.ServiceDefaults.Messaging;
using Rete.ServiceDefaults.ReadModels.Organisations;

namespace Rete.Referrals;

public static class ReferralsExtensions
{
    public const string ServiceName = ReteResources.Referrals;

    public static IHostApplicationBuilder AddReferrals(this IHostApplicationBuilder builder)
    {
        builder.AddReteDatabase<ReferralsDbContext>(ReteResources.ReferralsDb);
        builder.AddReteMessaging(ServiceName, bus =>
        {
            bus.AddOrganisationsReadModel();
            // A person's pathway includes their placements, as Placements announces them.
            bus.AddInboxConsumers(typeof(PlacementStep).Assembly, type => type.Namespace == typeof(PlacementStep).Namespace);
        });
        builder.Services.AddValidatorsFrom(typeof(ReferralsExtensions).Assembly);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(sp => PersonalDataProtector.FromConfiguration(builder.Configuration));
        builder.Services.AddScoped<AccessRecorder>();
        builder.Services.AddScoped<ConsentExpiry>();
        builder.Services.AddHostedService<ConsentExpiryJob>();
        builder.Services.AddScoped<SpecialCategoryCounts>();
        builder.Services.AddHostedService<SpecialCategoryCountsJob>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(ReferralsPolicies.Read, p => p.RequireRole(ReferralsPolicies.Readers))
            .AddPolicy(ReferralsPolicies.Manage, p => p.RequireRole(ReferralsPolicies.Managers))
            .AddPolicy(ReferralsPolicies.Publish, p => p.RequireRole(ReteRoles.ConsortiumAdmin))
            .AddPolicy(ReferralsPolicies.Assign, p => p.RequireRole(ReteRoles.CpiOperator))
            .AddPolicy(ReferralsPolicies.Audit, p => p.RequireRole(ReferralsPolicies.Auditors));
        return builder;
    }

    public static WebApplication MapReferralsApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/referrals");
        api.MapPeopleApi();
        api.MapConsentsApi();
        api.MapAccessLogApi();
        api.MapReferralsFlowApi();
        api.MapAssignmentsApi();
        api.MapCandidatesApi();
        api.MapReadOrganisation();
        api.MapPublishSpecialCategoryCounts();
        return app;
    }
}
