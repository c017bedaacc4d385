using Rete.Grants;
using Rete.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddGrants();

var app = builder.Build();
app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapGrantsApi();
await app.RunReteAsync(args);

public partial class Program;
