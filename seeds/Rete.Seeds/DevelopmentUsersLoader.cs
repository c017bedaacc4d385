using System.Text.Json;

namespace Rete.Seeds;

/// <summary>
/// Gives Identity's seeded development users the organisation the seed file names for their role, through Identity's
/// user administration as a consortium admin would (the organisation ids exist only once Registry has them). A user
/// Identity did not seed (outside Development there are none) is skipped; one that already acts for that
/// organisation is left alone, so running the seeder again changes nothing.
/// </summary>
internal sealed class DevelopmentUsersLoader(RegistryClient identity, TextWriter log)
{
    public async Task<int> LoadAsync(SeedFile seed, IReadOnlyDictionary<string, string> organisationIds, CancellationToken ct)
    {
        var changed = 0;
        foreach (var (role, organisation) in seed.DevelopmentUsers)
        {
            var name = $"{role}@{seed.Tenant}";
            var answer = await identity.GetAsync($"users?role={role}&limit=200", ct);
            // Development users are a convenience of a developer's machine: an Identity that refuses the seeder's token
            // (another provider, no user administration) leaves them as they are rather than stopping the load.
            if (answer.Status is 401 or 403 or 404)
            {
                log.WriteLine($"{seed.Tenant}: warning: Identity answered {answer.Status} to the user list: development users left as they are");
                return changed;
            }

            if (!answer.IsSuccess)
            {
                throw new RegistryException($"GET users?role={role}: {answer.Status} {answer.Body}");
            }

            using var page = JsonDocument.Parse(answer.Body);
            var user = page.RootElement.GetProperty("items").EnumerateArray()
                .FirstOrDefault(u => u.GetProperty("userName").GetString() == name);
            if (user.ValueKind != JsonValueKind.Object)
            {
                log.WriteLine($"{seed.Tenant}: no development user {name}: left as it is");
                continue;
            }

            var organisationId = organisationIds[organisation];
            if (user.TryGetProperty("organisationId", out var current) && current.ValueKind == JsonValueKind.String
                && current.GetString() == organisationId)
            {
                continue;
            }

            var body = new
            {
                displayName = user.GetProperty("displayName").GetString(),
                roles = user.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ToList(),
                organisationId,
                municipalities = user.GetProperty("municipalities").EnumerateArray().Select(m => m.GetString()).ToList(),
            };
            await identity.PutAsync($"users/{user.GetProperty("id").GetString()}", body, ct);
            changed++;
        }

        return changed;
    }
}
