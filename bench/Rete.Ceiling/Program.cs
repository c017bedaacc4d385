using System.Text.Json;
using Npgsql;

// What this machine can do for one write with nothing of Rete around it: an HTTP POST whose JSON body becomes one
// row, committed on its own (no EF, no outbox, no row-level security, no authentication, no telemetry). Same
// PostgreSQL as the instance, same hey, same concurrency levels: Rete's write figures are reported against it.
//   dotnet Rete.Ceiling.dll --urls http://127.0.0.1:PORT --db "Host=...;Database=ceiling"
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var connectionString = builder.Configuration["db"] ?? throw new InvalidOperationException("--db is required");
await using var dataSource = NpgsqlDataSource.Create(connectionString);
await using (var create = dataSource.CreateCommand(
    "CREATE TABLE IF NOT EXISTS rows (id uuid PRIMARY KEY, name text NOT NULL, body jsonb NOT NULL, created_at timestamptz NOT NULL)"))
{
    await create.ExecuteNonQueryAsync();
}

var app = builder.Build();
app.MapGet("/health", () => "ok");
app.MapPost("/rows", async (HttpRequest request, CancellationToken ct) =>
{
    using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
    if (!body.RootElement.TryGetProperty("name", out var name) || name.ValueKind != JsonValueKind.String)
    {
        return Results.BadRequest();
    }
    var id = Guid.CreateVersion7();
    await using var insert = dataSource.CreateCommand("INSERT INTO rows (id, name, body, created_at) VALUES ($1, $2, $3, now())");
    insert.Parameters.Add(new() { Value = id });
    insert.Parameters.Add(new() { Value = name.GetString() });
    insert.Parameters.Add(new() { Value = body.RootElement.GetRawText(), NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Jsonb });
    await insert.ExecuteNonQueryAsync(ct);
    return Results.Created($"/rows/{id}", new { id });
});
app.MapGet("/rows/{id:guid}", async (Guid id, CancellationToken ct) =>
{
    await using var select = dataSource.CreateCommand("SELECT body::text FROM rows WHERE id = $1");
    select.Parameters.Add(new() { Value = id });
    return await select.ExecuteScalarAsync(ct) is string json ? Results.Text(json, "application/json") : Results.NotFound();
});
await app.RunAsync();
