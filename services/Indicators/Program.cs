using Rete.Indicators;
using Rete.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddIndicators();

var app = builder.Build();
app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapIndicatorsApi();
await app.RunReteAsync(args);

public partial class Program;
