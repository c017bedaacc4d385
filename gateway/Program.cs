using Rete.Gateway;
using Rete.Gateway.Limits;
using Rete.Gateway.RateLimiting;
using Rete.Gateway.Routing;
using Rete.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddRequestLimits();
builder.AddTenantRateLimiting();
builder.AddServiceRoutes();

var app = builder.Build();

app.UseGatewayPipeline();
app.MapDefaultEndpoints();
app.MapServiceRoutes();

app.Run();
