using Rete.Web;
using Rete.Web.Apis;
using Rete.Web.SignIn;

var builder = WebApplication.CreateBuilder(args);
builder.AddWebDefaults();
builder.AddWebSignIn();
builder.AddReteApis();

var app = builder.Build();
app.UseWebPipeline();
app.MapWebApplication();
app.Run();

public partial class Program;
