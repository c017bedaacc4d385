using Rete.Referrals;
using Rete.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddReferrals();

var app = builder.Build();
app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapReferralsApi();
await app.RunReteAsync(args);

public partial class Program;
