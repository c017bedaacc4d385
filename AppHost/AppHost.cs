using Rete.ServiceDefaults;

// The Rete topology: one PostgreSQL server with a database per service, one RabbitMQ broker, the business
// services, and the gateway in front of them. ./rete up starts the same resources under the same names
// (ReteResources) and gives every project the same configuration keys, so a service cannot tell which of
// the two started it.

var builder = DistributedApplication.CreateBuilder(args);

// Development token validation (ServiceDefaults/Auth/AuthOptions.cs). The key is a secret parameter, read from
// Parameters:auth-signing-key (user secrets or appsettings.Development.json, see README.md); when it is
// missing the dashboard asks for it.
var authSigningKey = builder.AddParameter("auth-signing-key", secret: true);
const string AuthIssuer = "rete-dev";
const string AuthAudience = "rete";

var postgres = builder.AddPostgres(ReteResources.Postgres)
    .WithDataVolume();

var registryDb = postgres.AddDatabase(ReteResources.RegistryDb, databaseName: "registry");
var grantsDb = postgres.AddDatabase(ReteResources.GrantsDb, databaseName: "grants");
var placementsDb = postgres.AddDatabase(ReteResources.PlacementsDb, databaseName: "placements");
var referralsDb = postgres.AddDatabase(ReteResources.ReferralsDb, databaseName: "referrals");
var indicatorsDb = postgres.AddDatabase(ReteResources.IndicatorsDb, databaseName: "indicators");

var messaging = builder.AddRabbitMQ(ReteResources.Messaging)
    .WithManagementPlugin()
    .WithDataVolume();

List<IResourceBuilder<ProjectResource>> services =
[
    AddService<Projects.Rete_Registry>(ReteResources.Registry, registryDb),
    AddService<Projects.Rete_Grants>(ReteResources.Grants, grantsDb),
    AddService<Projects.Rete_Referrals>(ReteResources.Referrals, referralsDb),
    AddService<Projects.Rete_Indicators>(ReteResources.Indicators, indicatorsDb),
];
#if RETE_PLACEMENTS
services.Add(AddService<Projects.Rete_Placements>(ReteResources.Placements, placementsDb));
#endif

// The only resource reachable from outside: it routes /api/{service}/... to the services__{service}__http__0
// address of each service it references, and starts once they all answer /health.
var gateway = AddReteProject<Projects.Rete_Gateway>(ReteResources.Gateway)
    .WithExternalHttpEndpoints();
foreach (var service in services)
{
    gateway.WithReference(service).WaitFor(service);
}

// The operators' web application: it holds no data and calls the APIs through the gateway.
AddReteProject<Projects.Rete_Web>(ReteResources.Web)
    .WithReference(gateway)
    .WaitFor(gateway)
    .WithHttpHealthCheck("/health", endpointName: "http")
    .WithExternalHttpEndpoints();

builder.Build().Run();

// A business service: its own database, the broker, and /health (database and broker reachable) as its readiness.
IResourceBuilder<ProjectResource> AddService<TProject>(string name, IResourceBuilder<PostgresDatabaseResource> database)
    where TProject : IProjectMetadata, new() =>
    AddReteProject<TProject>(name)
        .WithReference(database)
        .WaitFor(database)
        .WithReference(messaging)
        .WaitFor(messaging)
        .WithHttpHealthCheck("/health", endpointName: "http");

// What every Rete project gets, services and gateway alike.
IResourceBuilder<ProjectResource> AddReteProject<TProject>(string name)
    where TProject : IProjectMetadata, new()
{
    var project = builder.AddProject<TProject>(name)
        // References inject only the keys of the runtime contract (ConnectionStrings__{name},
        // services__{name}__{endpoint}__0), not Aspire's per-property variables (REGISTRY_DB_HOST, ...).
        // This has to come before the first WithReference.
        .WithReferenceEnvironment(
            ReferenceEnvironmentInjectionFlags.ConnectionString | ReferenceEnvironmentInjectionFlags.ServiceDiscovery);

    // services__{name}__http__0 comes from an endpoint named "http". A project whose launch profile declares no
    // http URL (or that has no launchSettings.json) gets one here, on a port Aspire chooses.
    if (!project.Resource.Annotations.OfType<EndpointAnnotation>()
            .Any(e => string.Equals(e.Name, "http", StringComparison.OrdinalIgnoreCase)))
    {
        project.WithHttpEndpoint();
    }

    project
        .WithEnvironment("Auth__Issuer", AuthIssuer)
        .WithEnvironment("Auth__Audience", AuthAudience)
        .WithEnvironment("Auth__SigningKey", authSigningKey);

    if (builder.ExecutionContext.IsRunMode)
    {
        // A project's launch profile sets its environment; without one the project runs in the AppHost's
        // (Development from launchSettings.json), where services apply their migrations at start.
        project.WithEnvironment(context =>
        {
            context.EnvironmentVariables.TryAdd("ASPNETCORE_ENVIRONMENT", builder.Environment.EnvironmentName);
        });
    }

    return project;
}
