using Rete.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddWebDefaults();

var app = builder.Build();
app.UseWebPipeline();
app.MapWebApplication();
app.Run();

public partial class Program;
