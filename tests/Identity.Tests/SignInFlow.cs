using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;

namespace Rete.Identity.Tests;

/// <summary>What a browser and the web application do together: authorization code with PKCE, through the sign-in page.</summary>
public sealed partial class SignInFlow(IdentityFactory factory, HttpClient? browser = null)
{
    private const string RedirectUri = "http://localhost/signin-oidc";

    public HttpClient Browser { get; } = browser ?? factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A browser-like client for a provider listening on a real port: keeps cookies, follows no redirect.</summary>
    public static HttpClient RealBrowser(Uri address) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = address };

    public HttpResponseMessage? LastLoginPage { get; private set; }

    public string? LastLoginHtml { get; private set; }

    /// <summary>Signs in and returns the access token, or null when the sign-in page refused (see <see cref="LastLoginHtml"/>).</summary>
    public async Task<string?> SignInAsync(string userName, string password)
    {
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var authorize = QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = "rete-web",
            ["response_type"] = "code",
            ["scope"] = "openid profile roles rete",
            ["redirect_uri"] = RedirectUri,
            ["code_challenge"] = challenge,
            ["code_challenge_method"] = "S256",
            ["state"] = "stato-di-prova",
        });

        var toLogin = await Browser.GetAsync(authorize);
        if (toLogin.StatusCode == HttpStatusCode.Redirect && toLogin.Headers.Location!.OriginalString.Contains("/account/login"))
        {
            var loginUrl = toLogin.Headers.Location!;
            var page = await Browser.GetStringAsync(loginUrl);
            var returnUrl = QueryHelpers.ParseQuery(loginUrl.Query)["ReturnUrl"].ToString();
            var posted = await Browser.PostAsync(loginUrl, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = userName,
                ["Password"] = password,
                ["ReturnUrl"] = returnUrl,
                ["__RequestVerificationToken"] = AntiforgeryToken().Match(page).Groups[1].Value,
            }));
            if (posted.StatusCode != HttpStatusCode.Redirect)
            {
                LastLoginPage = posted;
                LastLoginHtml = WebUtility.HtmlDecode(await posted.Content.ReadAsStringAsync());
                return null;
            }

            toLogin = await Browser.GetAsync(posted.Headers.Location);
        }

        toLogin.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"{toLogin.RequestMessage?.RequestUri}\n{await toLogin.Content.ReadAsStringAsync()}");
        var callback = toLogin.Headers.Location!;
        callback.GetLeftPart(UriPartial.Path).ShouldBe(RedirectUri);
        var query = QueryHelpers.ParseQuery(callback.Query);
        query["state"].ToString().ShouldBe("stato-di-prova");

        var token = await Browser.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = query["code"].ToString(),
            ["redirect_uri"] = RedirectUri,
            ["client_id"] = "rete-web",
            ["client_secret"] = "rete-web-development-secret",
            ["code_verifier"] = verifier,
        }));
        var body = await token.Content.ReadAsStringAsync();
        token.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString();
    }

    public static JwtSecurityToken Read(string token) => new JwtSecurityTokenHandler().ReadJwtToken(token);

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
