using Rete.Registry;
using Rete.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddRegistry();

var app = builder.Build();
app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapRegistryApi();
await app.RunReteAsync(args);

public partial class Program;
