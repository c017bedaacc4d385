using Rete.Placements;
using Rete.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddPlacements();

var app = builder.Build();
app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapPlacementsApi();
await app.RunReteAsync(args);

public partial class Program;
