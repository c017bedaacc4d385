using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Rete.ServiceDefaults;
using Rete.AppHost;
using Rete.AppHost.Infrastructure;
using Rete.AppHost.Instance;

// The Rete topology, written only here: PostgreSQL with a database per service, RabbitMQ, Identity, the business
// services, and the gateway in front of them. `dotnet run --project AppHost` runs it in the foreground, ./rete up
// in the background. Every project gets the runtime contract of AppHost/README.md and nothing else.

var builder = DistributedApplication.CreateBuilder(args);
var ports = RetePorts.From(builder.Configuration);
var instance = InstanceDirectory.From(builder);
Dashboard.UsePorts(builder, ports);
if (builder.ExecutionContext.IsRunMode)
{
    builder.Services.AddSingleton(instance).AddHostedService<InstanceFiles>();
}

// Development token validation (ServiceDefaults/Auth/AuthOptions.cs). The key is a secret parameter; its
// development value is in appsettings.Development.json (the same as ./rete token's, published, development only).
var authSigningKey = builder.AddParameter("auth-signing-key", secret: true);
// The web application's client secret at Identity; its development value is in appsettings.Development.json too.
var webClientSecret = builder.AddParameter("web-client-secret", secret: true);
const string AuthIssuer = "rete-dev";
const string AuthAudience = "rete";
const string TenantsKey = "Tenancy:Tenants";
const string InfrastructureOnlyKey = "Rete:InfrastructureOnly";
const string TestDatabase = "test-db";
const string ReplicasKey = "Rete:Replicas";
var gatewayUrl = $"http://127.0.0.1:{ports.Gateway}";
var replicas = Replicas.From(builder.Configuration[ReplicasKey] ?? builder.Configuration["RETE_REPLICAS"]);
var identityMetadata = $"http://127.0.0.1:{ports.Identity}/.well-known/openid-configuration";

// Aspire's containers where an engine answers; otherwise the OS packages' PostgreSQL and RabbitMQ as executables.
IReteInfrastructure infrastructure = ContainerEngine.Answers(TimeSpan.FromSeconds(2))
    ? new ContainerInfrastructure(builder, ports)
    : new LocalInfrastructure(builder, ports, instance.Path);

// Only PostgreSQL and RabbitMQ, for the integration tests (tests/Rete.Testing/TestInfrastructure.cs): they create
// a database per test class through the server's maintenance database, exposed as "test-db".
if (builder.Configuration.GetValue<bool>(InfrastructureOnlyKey))
{
    infrastructure.Database(TestDatabase, "postgres");
    builder.Build().Run();
    return;
}

// Identity always runs once: its signing and data-protection keys are its own.
var identity = AddService<Projects.Rete_Identity>(ReteResources.Identity, ports.Identity,
        infrastructure.Database(ReteResources.IdentityDb, "identity"), replicas: 1)
    // Identity issues tokens as the gateway's address, the one a browser sees; the web application is reached there
    // too, so its redirect URIs ({gateway}/signin-oidc, /signout-callback-oidc) are made from the same address.
    .WithEnvironment("Identity__Issuer", $"{gatewayUrl}/")
    .WithEnvironment("Identity__WebClient__BaseAddress", $"{gatewayUrl}/")
    .WithEnvironment("Identity__WebClient__ClientSecret", webClientSecret);

List<IResourceBuilder<ProjectResource>> services =
[
    identity,
    AddService<Projects.Rete_Registry>(ReteResources.Registry, ports.Registry,
        infrastructure.Database(ReteResources.RegistryDb, "registry"), replicas),
    AddService<Projects.Rete_Grants>(ReteResources.Grants, ports.Grants,
        infrastructure.Database(ReteResources.GrantsDb, "grants"), replicas),
    AddService<Projects.Rete_Placements>(ReteResources.Placements, ports.Placements,
        infrastructure.Database(ReteResources.PlacementsDb, "placements"), replicas),
    AddService<Projects.Rete_Referrals>(ReteResources.Referrals, ports.Referrals,
        infrastructure.Database(ReteResources.ReferralsDb, "referrals"), replicas),
    AddService<Projects.Rete_Indicators>(ReteResources.Indicators, ports.Indicators,
        infrastructure.Database(ReteResources.IndicatorsDb, "indicators"), replicas),
];

// The operators' web application: it holds no data and calls the APIs through the gateway, which serves it. The
// gateway's address is given as it is rather than as a reference, since the gateway references the web app. The
// discovery document is read through the gateway too: it names its endpoints after the address it was asked on.
var web = AddReteProject<Projects.Rete_Web>(ReteResources.Web, ports.Web)
    .WithHttpHealthCheck("/health", endpointName: "http")
    .WithEnvironment("SignIn__Authority", $"{gatewayUrl}/")
    .WithEnvironment("SignIn__ClientId", "rete-web")
    .WithEnvironment("SignIn__ClientSecret", webClientSecret)
    // Everything here listens on the loopback over plain http (Identity's RequireHttps is off there as well).
    .WithEnvironment("SignIn__RequireHttpsMetadata", "false")
    .WithEnvironment("Apis__BaseAddress", $"{gatewayUrl}/");

// The only resource meant to be reached from outside: it routes /api/{service}/... to each referenced service
// (services__{service}__http__0), every other path to the web application, and starts once they all answer /health.
var gateway = AddReteProject<Projects.Rete_Gateway>(ReteResources.Gateway, ports.Gateway)
    .WithExternalHttpEndpoints()
    .WithHttpHealthCheck("/health", endpointName: "http")
    .WritesEnvFileWhenReady(instance);
foreach (var service in services.Append(web))
{
    gateway.WithReference(service).WaitFor(service);
}

builder.Build().Run();

// A business service: its own database, the broker, and /health (database and broker reachable) as its readiness.
IResourceBuilder<ProjectResource> AddService<TProject>(string name, int port, Dependency database, int replicas)
    where TProject : IProjectMetadata, new() =>
    AddReteProject<TProject>(name, port, replicas)
        .WithReference(database.Reference)
        .WaitFor(database.Ready)
        .WithReference(infrastructure.Messaging.Reference)
        .WaitFor(infrastructure.Messaging.Ready)
        .WithHttpHealthCheck("/health", endpointName: "http");

// What every Rete project gets, services and gateway alike.
IResourceBuilder<ProjectResource> AddReteProject<TProject>(string name, int port, int replicas = 1)
    where TProject : IProjectMetadata, new()
{
    // No launch profile: the port is the instance's fixed one (RetePorts), not launchSettings.json's.
    var project = builder.AddProject<TProject>(name, launchProfileName: null)
        // References inject only the keys of the runtime contract (ConnectionStrings__{name},
        // services__{name}__{endpoint}__0), not Aspire's per-property variables (REGISTRY_DB_HOST, ...).
        // This has to come before the first WithReference.
        .WithReferenceEnvironment(
            ReferenceEnvironmentInjectionFlags.ConnectionString | ReferenceEnvironmentInjectionFlags.ServiceDiscovery)
        .WithEnvironment("Auth__Issuer", AuthIssuer)
        .WithEnvironment("Auth__Audience", AuthAudience)
        .WithEnvironment("Auth__SigningKey", authSigningKey)
        // Sign-in tokens: issued as the gateway's address, their keys read from Identity directly.
        .WithEnvironment("Auth__Authority", $"{gatewayUrl}/")
        .WithEnvironment("Auth__MetadataAddress", identityMetadata);

    // One process listens on the instance's port itself; replicas listen on ports DCP picks, behind its proxy on
    // the instance's port, which spreads the gateway's requests across them.
    if (replicas > 1)
    {
        project.WithHttpEndpoint(port: port, name: "http").WithReplicas(replicas);
    }
    else
    {
        project.WithHttpEndpoint(port: port, targetPort: port, name: "http", isProxied: false);
    }

    // The registered tenants (ServiceDefaults/Tenancy): the end-to-end tests add a pool of their own.
    if (builder.Configuration[TenantsKey] is { Length: > 0 } tenants)
    {
        project.WithEnvironment("Tenancy__Tenants", tenants);
    }

    if (builder.ExecutionContext.IsRunMode)
    {
        project.RunsBuiltExecutable<TProject>();

        // Without a launch profile the project runs in the AppHost's environment (Development from
        // launchSettings.json or ./rete up), where services apply their migrations at start.
        project.WithEnvironment(context =>
        {
            context.EnvironmentVariables.TryAdd("ASPNETCORE_ENVIRONMENT", builder.Environment.EnvironmentName);
        });
    }

    return project;
}
