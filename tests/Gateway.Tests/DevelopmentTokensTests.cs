using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Rete.ServiceDefaults.Auth;
using Rete.Tooling;
using TokenCli = Rete.Tooling.Program;

namespace Rete.Gateway.Tests;

/// <summary>The one minter of development tokens (tools/Rete.Tokens) and `./rete token`, its command line.</summary>
public sealed class DevelopmentTokensTests
{
    [Fact]
    public async Task A_minted_token_validates_with_the_services_validation_parameters()
    {
        var token = new DevelopmentTokens().Mint("dev-user", "trecate", [ReteRoles.Operator, ReteRoles.Partner]);

        var result = await Validate(token);

        result.IsValid.ShouldBeTrue(result.Exception?.Message);
        result.ClaimsIdentity.Name.ShouldBe("dev-user");
        result.ClaimsIdentity.FindFirst(ReteClaims.Tenant)!.Value.ShouldBe("trecate");
        result.ClaimsIdentity.FindAll(ReteClaims.Role).Select(c => c.Value).ShouldBe([ReteRoles.Operator, ReteRoles.Partner]);
    }

    [Fact]
    public async Task A_token_with_another_key_or_past_its_lifetime_does_not_validate()
    {
        var otherKey = new DevelopmentTokens { SigningKey = "another-key-that-is-long-enough-to-sign-with" }.Mint("dev-user", "trecate", ["operator"]);
        var expired = new DevelopmentTokens { Lifetime = TimeSpan.FromMinutes(5) }.Mint("dev-user", "trecate", ["operator"], issuedAt: DateTime.UtcNow.AddHours(-1));

        (await Validate(otherKey)).IsValid.ShouldBeFalse();
        (await Validate(expired)).IsValid.ShouldBeFalse();
    }

    [Fact]
    public void The_cli_prints_a_token_with_the_org_and_municipality_claims_and_nothing_else()
    {
        var (code, output, error) = Cli("--tenant", "trecate", "--role", "cpi-operator", "--org", "cpi-novara", "--municipality", "003149", "--ttl=600");

        code.ShouldBe(0, error);
        error.ShouldBeEmpty();
        var token = new JsonWebToken(output.TrimEnd('\n'));
        output.ShouldBe(token.EncodedToken + Environment.NewLine);
        token.GetClaim(ReteClaims.Tenant).Value.ShouldBe("trecate");
        token.GetClaim(ReteClaims.Role).Value.ShouldBe("cpi-operator");
        token.GetClaim(ReteClaims.Organisation).Value.ShouldBe("cpi-novara");
        token.Claims.Where(c => c.Type == ReteClaims.Municipality).Select(c => c.Value).ShouldBe(["003149"]);
        (token.ValidTo - token.ValidFrom).ShouldBe(TimeSpan.FromSeconds(600));
        token.Issuer.ShouldBe("rete-dev");
    }

    [Fact]
    public void Municipalities_come_out_as_an_array_and_no_org_means_no_org_claim()
    {
        var token = new JsonWebToken(new DevelopmentTokens().Mint("dev-user", "trecate", ["operator"], municipalities: ["003149", "003106"]));

        token.Claims.Where(c => c.Type == ReteClaims.Municipality).Select(c => c.Value).ShouldBe(["003149", "003106"]);
        token.TryGetClaim(ReteClaims.Organisation, out _).ShouldBeFalse();
        token.TryGetClaim(ReteClaims.Tenant, out _).ShouldBeTrue();
        new JsonWebToken(new DevelopmentTokens().Mint("dev-user", null, [])).TryGetClaim(ReteClaims.Tenant, out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData("tenant 'nowhere' is not registered", "--tenant", "nowhere")]
    [InlineData("--tenant is required", "--role", "operator")]
    [InlineData("unknown role 'superuser'", "--tenant", "trecate", "--role", "superuser")]
    [InlineData("municipality '3149' is not an ISTAT code", "--tenant", "trecate", "--municipality", "3149")]
    [InlineData("--ttl must be a positive number of seconds", "--tenant", "trecate", "--ttl", "0")]
    public void The_cli_refuses_bad_options_on_stderr_with_exit_code_2(string message, params string[] args)
    {
        var (code, output, error) = Cli(args);

        code.ShouldBe(2);
        output.ShouldBeEmpty();
        error.ShouldContain(message);
    }

    [Fact]
    public void The_cli_usage_is_printed_on_help()
    {
        var (code, output, _) = Cli("--help");

        code.ShouldBe(0);
        output.ShouldStartWith("usage: ./rete token --tenant TENANT");
        output.ShouldContain(string.Join(' ', ReteRoles.All));
    }

    private static (int Code, string Output, string Error) Cli(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = TokenCli.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Validates as a service does in Development with the development key (ServiceDefaults/Auth).</summary>
    private static async Task<TokenValidationResult> Validate(string token)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.Configuration["Auth:SigningKey"] = DevelopmentTokens.DevelopmentSigningKey;
        builder.AddReteAuthentication();
        await using var app = await GatewayFactory.AloneAsync(() => Task.FromResult(builder.Build()));
        var jwt = app.Services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme);
        return await new JsonWebTokenHandler { MapInboundClaims = jwt.MapInboundClaims }.ValidateTokenAsync(token, jwt.TokenValidationParameters);
    }
}
