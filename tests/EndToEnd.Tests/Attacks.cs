using System.IdentityModel.Tokens.Jwt;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.Tokens;
using Rete.ServiceDefaults.Http;
using Rete.Testing;

namespace Rete.EndToEnd.Tests;

/// <summary>One hostile request: a name for the report and a way to build it afresh (a request message is sent once).</summary>
public sealed record Attack(string Name, Func<HttpRequestMessage> Build);

/// <summary>
/// The hostile requests: every one must be refused (4xx) or be a harmless read. None may be a valid write: the test
/// checks that nothing changed. Each round repeats the set with fresh random fragments.
/// </summary>
internal static class Attacks
{
    private const string Orgs = "/api/registry/organisations";

    private static readonly string[] Sql =
    [
        "' OR '1'='1", "'; DROP TABLE organisations; --", "1; SELECT pg_sleep(5)", "\" OR \"\"=\"", "' UNION SELECT tenant_id, name FROM organisations --",
        "%' AND tenant_id <> '", "\\'; --", "admin'--", "1' AND set_config('rete.tenant_id','victim',false) IS NOT NULL --",
    ];

    private static readonly string[] Script =
    [
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(document.cookie)", "{{7*7}}", "${jndi:ldap://x/a}",
        "../../../../etc/passwd", "%00", "\u0000", "\ud83d\ude00\u202e", "<!--", "]]>",
    ];

    public static IEnumerable<Attack> All(string attacker, string victim, IReadOnlyList<Guid> victimIds, Guid ownId, int rounds)
    {
        for (var round = 0; round < rounds; round++)
        {
            var random = new Random(round);
            var token = Tokens.For(attacker, "operator");
            foreach (var attack in Bodies(token, victimIds, random)
                .Concat(Queries(token, victimIds, random))
                .Concat(OtherTenants(token, victimIds))
                .Concat(BadTokens(attacker, victim, random))
                .Concat(Headers(token, ownId, random))
                .Concat(Paths(token, ownId, random)))
            {
                yield return attack;
            }
        }
    }

    private static string Fragment(Random random) => random.Next(2) == 0 ? Sql[random.Next(Sql.Length)] : Script[random.Next(Script.Length)];

    private static string JsonString(string s) => System.Text.Json.JsonSerializer.Serialize(s);

    private static Attack Post(string name, string token, string body, string mediaType = "application/json", string path = Orgs) =>
        new(name, () => new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(body, Encoding.UTF8, mediaType),
            Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) },
        });

    private static Attack Get(string name, string token, string path) =>
        new(name, () => new HttpRequestMessage(HttpMethod.Get, path) { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) } });

    /// <summary>Registration bodies that are malformed, of the wrong types, too big, too deep, or point at another tenant.</summary>
    private static IEnumerable<Attack> Bodies(string token, IReadOnlyList<Guid> victimIds, Random random)
    {
        var f = JsonString(Fragment(random));
        string[] bodies =
        [
            "", "{", "}", "null", "[]", "\"organisation\"", "42", "{\"name\":}", "{\"name\":\"x\",}", "{'name':'x'}", "{\"name\":\"x\" \"kind\":\"company\"}",
            "{\"name\":5,\"kind\":\"company\"}", "{\"name\":[\"a\"],\"kind\":\"company\"}", "{\"name\":{\"$ne\":null},\"kind\":\"company\"}",
            "{\"name\":true,\"kind\":\"company\"}", "{\"name\":\"Ok\",\"kind\":\"spaceship\"}", "{\"name\":\"Ok\",\"kind\":3}", "{\"name\":\"Ok\",\"kind\":null}",
            "{\"name\":\"Ok\"}", "{\"kind\":\"company\"}", "{\"name\":\"\",\"kind\":\"company\"}", "{\"name\":\"   \",\"kind\":\"company\"}",
            "{\"name\":\"Ok\",\"kind\":\"company\",\"areas\":\"training\"}", "{\"name\":\"Ok\",\"kind\":\"company\",\"areas\":[1,2]}",
            "{\"name\":\"Ok\",\"kind\":\"company\",\"areas\":[\"nope\"]}", "{\"name\":\"Ok\",\"kind\":\"company\",\"parentId\":\"not-a-guid\"}",
            $"{{\"name\":\"Ok\",\"kind\":\"company\",\"parentId\":\"{victimIds[0]}\"}}", $"{{\"name\":\"Ok\",\"kind\":\"company\",\"parentId\":\"{Guid.Empty}\"}}",
            $"{{\"name\":\"Ok\",\"kind\":\"company\",\"parentId\":\"{Guid.NewGuid()}\"}}",
            "{\"name\":\"Ok\",\"kind\":\"company\",\"municipalityIstat\":\"12\"}", $"{{\"name\":\"Ok\",\"kind\":\"company\",\"municipalityIstat\":{f}}}",
            "{\"name\":\"Ok\",\"kind\":\"company\",\"email\":\"not-an-email\"}", "{\"name\":\"Ok\",\"kind\":\"company\",\"website\":\"javascript:alert(1)\"}",
            "{\"name\":\"Ok\",\"kind\":\"company\",\"taxCode\":\"RSSMRA80A01H501X\"}", $"{{\"name\":\"Ok\",\"kind\":\"company\",\"taxCode\":{f}}}",
            $"{{\"name\":{f},\"kind\":{f}}}", $"{{\"name\":{f}}}", $"{{\"name\":{JsonString(new string('x', 201))},\"kind\":\"company\"}}",
            $"{{\"name\":\"Ok\",\"kind\":\"company\",\"notes\":{JsonString(new string('n', 4001))}}}",
            $"{{\"name\":{JsonString(new string('x', 100_000))},\"kind\":\"company\"}}",
            "{\"name\":\"Ok\",\"kind\":\"company\",\"areas\":[" + string.Join(",", Enumerable.Repeat("\"training\"", 25)) + "]}",
            "{\"name\":\"Ok\",\"kind\":\"company\",\"version\":99,\"tenantId\":\"victim\",\"status\":\"closed\",\"areas\":[\"x\"]}",
            "{\"name\":\"Ok\",\"kind\":\"company\",\"notes\":" + new string('[', 40) + new string(']', 40) + "}",
            "{\"name\":\"Ok\",\"kind\":\"company\",\"notes\":" + Deep(random.Next(33, 2000)) + "}",
            new string('[', 5000) + new string(']', 5000),
            "{\"name\":\"Ok\",\"name\":\"Dup\",\"kind\":\"spaceship\"}", "{\"name\":\"\\ud800\",\"kind\":\"spaceship\"}",
            "{\"name\":\"Cooperativa\\u0000nulla\",\"kind\":\"company\"}", "{\"name\":\"Ok\\u0000\",\"kind\":\"company\",\"notes\":\"\\u0000\"}",
        ];
        foreach (var (body, i) in bodies.Select((b, i) => (b, i)))
        {
            yield return Post($"body#{i}", token, body);
        }

        yield return Post("body: text/plain", token, "{\"name\":\"Ok\",\"kind\":\"company\"}", "text/plain");
        yield return Post("body: xml", token, "<organisation><name>Ok</name></organisation>", "application/xml");
        yield return Post("body: form", token, "name=Ok&kind=company", "application/x-www-form-urlencoded");
        yield return new Attack("body: invalid UTF-8", () => new HttpRequestMessage(HttpMethod.Post, Orgs)
        {
            Content = new ByteArrayContent([(byte)'{', (byte)'"', 0xC3, 0x28, 0xFF, (byte)'"', (byte)':', (byte)'1', (byte)'}']) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
            Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) },
        });
        yield return new Attack("body: 2 MiB", () => new HttpRequestMessage(HttpMethod.Post, Orgs)
        {
            Content = new StringContent("{\"name\":\"" + new string('x', 2 * 1024 * 1024) + "\",\"kind\":\"company\"}", Encoding.UTF8, "application/json"),
            Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) },
        });
        yield return Post("network: bad body", token, "{\"name\":5}", path: "/api/registry/networks");
        yield return Post("network: other tenant's member", token,
            $"{{\"name\":\"Tavolo\",\"scope\":\"district\",\"members\":[{{\"organisationId\":\"{victimIds[1]}\",\"membership\":\"core\"}}]}}", path: "/api/registry/networks");
        yield return Post("accreditation on other tenant's org", token, "{\"registry\":\"regional\",\"code\":\"X\"}", path: $"{Orgs}/{victimIds[0]}/accreditations");
    }

    private static string Deep(int depth) => new StringBuilder().Insert(0, "{\"a\":", depth).Append('1').Append('}', depth).ToString();

    /// <summary>Query strings: SQL and script fragments, bad enums, limits and cursors, another tenant's ids as cursors.</summary>
    private static IEnumerable<Attack> Queries(string token, IReadOnlyList<Guid> victimIds, Random random)
    {
        string E(string s) => Uri.EscapeDataString(s);
        var values = Sql.Concat(Script).Concat(["%", "_", "\\", "%%%%", "a:*", "!", "&|", "\"unclosed", "-", "or", new string('q', 201), new string('é', 150)]).ToList();
        foreach (var v in values)
        {
            yield return Get($"q={v[..Math.Min(v.Length, 20)]}", token, $"{Orgs}?q={E(v)}");
        }

        foreach (var field in new[] { "kind", "area", "targetGroup", "status", "municipality" })
        {
            yield return Get($"{field}=fragment", token, $"{Orgs}?{field}={E(Fragment(random))}");
            yield return Get($"{field}=long", token, $"{Orgs}?{field}={new string('k', 3000)}");
        }

        foreach (var limit in new[] { "-1", "0", "201", "abc", "99999999999", "1e3", "1.5", "%00", "50&limit=51" })
        {
            yield return Get($"limit={limit}", token, $"{Orgs}?limit={limit}");
        }

        var cursors = new List<string>
        {
            "x", "AAAA", new string('A', 21), new string('A', 23), "!!!!!!!!!!!!!!!!!!!!!!", E(Fragment(random)), Convert.ToBase64String(new byte[16]),
            PageRequest.Cursor(victimIds[0]), PageRequest.Cursor(Guid.Empty), E(new string('/', 22)), Guid.NewGuid().ToString(),
            E(Convert.ToBase64String(Encoding.UTF8.GetBytes(Fragment(random)))),
        };
        foreach (var cursor in cursors)
        {
            yield return Get($"cursor={cursor[..Math.Min(cursor.Length, 12)]}", token, $"{Orgs}?cursor={cursor}");
            yield return Get($"networks cursor={cursor[..Math.Min(cursor.Length, 12)]}", token, $"/api/registry/networks?cursor={cursor}");
        }

        yield return Get("many parameters", token, $"{Orgs}?" + string.Join("&", Enumerable.Range(0, 500).Select(i => $"p{i}={i}")));
        yield return Get("repeated kind", token, $"{Orgs}?kind=company&kind=parish&kind={E(Fragment(random))}");
    }

    /// <summary>Another tenant's ids, in every route that takes one: each must answer as if they did not exist.</summary>
    private static IEnumerable<Attack> OtherTenants(string token, IReadOnlyList<Guid> victimIds)
    {
        foreach (var id in victimIds)
        {
            yield return Get("victim: get", token, $"{Orgs}/{id}");
            yield return Get("victim: accreditations", token, $"{Orgs}/{id}/accreditations");
            yield return Get("victim: as network", token, $"/api/registry/networks/{id}");
            yield return Get("victim: meetings", token, $"/api/registry/networks/{id}/meetings");
            yield return new Attack("victim: put", () => new HttpRequestMessage(HttpMethod.Put, $"{Orgs}/{id}")
            {
                Content = HostileInputTests.Json("{\"name\":\"Preso\",\"kind\":\"company\"}"),
                Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token), IfMatch = { EntityTagHeaderValue.Any } },
            });
            foreach (var action in new[] { "suspend", "reactivate", "close" })
            {
                yield return Post($"victim: {action}", token, "{\"reason\":\"x\"}", path: $"{Orgs}/{id}/{action}");
            }
        }
    }

    /// <summary>Tokens that must not be accepted, each trying to write to the attacker's and the victim's tenants.</summary>
    private static IEnumerable<Attack> BadTokens(string attacker, string victim, Random random)
    {
        var past = DateTime.UtcNow.AddHours(-3);
        var tokens = new List<(string Name, string? Header)>
        {
            ("none", null),
            ("empty bearer", "Bearer "),
            ("garbage", "Bearer " + Guid.NewGuid().ToString("N")),
            ("basic", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("admin:admin"))),
            ("expired", "Bearer " + Tokens.Create(victim, ["consortium-admin"], expires: past)),
            ("wrong key", "Bearer " + Tokens.Create(victim, ["consortium-admin"], signingKey: "another-signing-key-of-at-least-32-characters")),
            ("wrong issuer", "Bearer " + Tokens.Create(victim, ["consortium-admin"], issuer: "someone-else")),
            ("no tenant", "Bearer " + Tokens.Create(null, ["consortium-admin"])),
            ("bad tenant slug", "Bearer " + Tokens.Create("../" + victim, ["consortium-admin"])),
            ("upper-case tenant", "Bearer " + Tokens.Create(victim.ToUpperInvariant(), ["consortium-admin"])),
            ("fragment tenant", "Bearer " + Tokens.Create(Fragment(random), ["consortium-admin"])),
            ("no role", "Bearer " + Tokens.Create(attacker, [])),
            ("auditor writes", "Bearer " + Tokens.Create(attacker, ["auditor"])),
            ("ops reads", "Bearer " + Tokens.Create(attacker, ["ops"])),
            ("unknown role", "Bearer " + Tokens.Create(attacker, ["superuser"])),
            ("alg none", "Bearer " + Unsigned(victim)),
            ("tampered", "Bearer " + Tamper(Tokens.For(attacker, "operator"), victim)),
        };
        foreach (var (name, header) in tokens)
        {
            foreach (var path in new[] { Orgs, "/api/registry/networks", "/api/registry/consortium" })
            {
                yield return new Attack($"token {name}: GET {path}", () => WithAuth(new HttpRequestMessage(HttpMethod.Get, path), header));
            }

            yield return new Attack($"token {name}: POST", () => WithAuth(new HttpRequestMessage(HttpMethod.Post, Orgs)
            {
                Content = HostileInputTests.Json("{\"name\":\"Intruso\",\"kind\":\"company\"}"),
            }, header));
            yield return new Attack($"token {name}: PUT consortium", () => WithAuth(new HttpRequestMessage(HttpMethod.Put, "/api/registry/consortium")
            {
                Content = HostileInputTests.Json("{\"name\":\"Intruso\",\"kind\":\"convenzione\",\"members\":[]}"),
            }, header));
        }
    }

    private static HttpRequestMessage WithAuth(HttpRequestMessage request, string? header)
    {
        if (header is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", header);
        }

        return request;
    }

    private static string Unsigned(string tenant)
    {
        static string B64(string s) => Base64UrlEncoder.Encode(s);
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return $"{B64("{\"alg\":\"none\",\"typ\":\"JWT\"}")}.{B64($"{{\"sub\":\"x\",\"tenant\":\"{tenant}\",\"role\":\"consortium-admin\",\"iss\":\"{TestEnvironment.Issuer}\",\"aud\":\"{TestEnvironment.Audience}\",\"exp\":{now + 3600}}}")}.";
    }

    /// <summary>A valid token whose payload is swapped for one naming another tenant, the signature kept.</summary>
    private static string Tamper(string token, string tenant)
    {
        var parts = token.Split('.');
        var payload = new JwtSecurityTokenHandler().ReadJwtToken(token).Payload;
        payload["tenant"] = tenant;
        return $"{parts[0]}.{Base64UrlEncoder.Encode(payload.SerializeToJson())}.{parts[2]}";
    }

    /// <summary>Bad Idempotency-Keys, bad If-Match values (never the current version), oversized headers.</summary>
    private static IEnumerable<Attack> Headers(string token, Guid ownId, Random random)
    {
        var valid = "{\"name\":\"Associazione di chi attacca\",\"kind\":\"socialCooperative\",\"municipalityIstat\":\"003149\"}";
        foreach (var key in new[] { "", new string('k', 201), new string('k', 5000) })
        {
            yield return new Attack($"idempotency-key length {key.Length}", () =>
            {
                // An empty header might be dropped on the way, which would make the request a valid registration.
                var body = key.Length == 0 ? valid.Replace("socialCooperative", "spaceship", StringComparison.Ordinal) : valid;
                var request = new HttpRequestMessage(HttpMethod.Post, Orgs) { Content = HostileInputTests.Json(body) };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
                return request;
            });
        }

        foreach (var ifMatch in new[] { "\"0\"", "\"999\"", "garbage", "W/\"7\"", "\"-1\"", "\"2\", \"3\"", Fragment(random).Replace("\0", "", StringComparison.Ordinal), new string('"', 300) })
        {
            yield return new Attack($"if-match {ifMatch[..Math.Min(ifMatch.Length, 10)]}", () =>
            {
                var request = new HttpRequestMessage(HttpMethod.Put, $"{Orgs}/{ownId}") { Content = HostileInputTests.Json(valid.Replace("chi attacca", "chi ha vinto", StringComparison.Ordinal)) };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
                return request;
            });
            yield return new Attack($"if-match on suspend {ifMatch[..Math.Min(ifMatch.Length, 10)]}", () =>
            {
                var request = new HttpRequestMessage(HttpMethod.Post, $"{Orgs}/{ownId}/suspend") { Content = HostileInputTests.Json("{\"reason\":\"x\"}") };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
                return request;
            });
        }

        yield return new Attack("header of 40 KB", () =>
        {
            var request = new HttpRequestMessage(HttpMethod.Get, Orgs);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            request.Headers.TryAddWithoutValidation("X-Padding", new string('p', 40_000));
            return request;
        });
        yield return new Attack("correlation id fragment", () =>
        {
            var request = new HttpRequestMessage(HttpMethod.Get, Orgs);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            request.Headers.TryAddWithoutValidation("X-Correlation-Id", "<script>" + new string('c', 300));
            return request;
        });
    }

    /// <summary>Methods and paths the API does not have.</summary>
    private static IEnumerable<Attack> Paths(string token, Guid ownId, Random random)
    {
        foreach (var method in new[] { HttpMethod.Delete, HttpMethod.Patch, new HttpMethod("TRACE"), new HttpMethod("PROPFIND") })
        {
            yield return new Attack($"{method} organisation", () => new HttpRequestMessage(method, $"{Orgs}/{ownId}")
            {
                Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) },
            });
        }

        foreach (var path in new[]
                 {
                     "/api/registry/../../etc/passwd", "/api/registry/%2e%2e/%2e%2e/etc/passwd", $"{Orgs}/not-a-guid", $"{Orgs}/%00", $"{Orgs}/{Uri.EscapeDataString(Fragment(random))}",
                     "/api/registry/" + new string('a', 8000), "/api/unknown/organisations", "/api/registry/organisations/" + Guid.NewGuid() + "/accreditations/x",
                     "/openapi/registry/../../v1.json", "/api/grants/organisations/" + Guid.NewGuid(),
                 })
        {
            yield return Get($"path {path[..Math.Min(path.Length, 30)]}", token, path);
        }
    }
}
