using Microsoft.Extensions.Configuration;

namespace Rete.AppHost;

/// <summary>
/// Fixed ports on 127.0.0.1, shifted by RETE_PORT_OFFSET so a second instance (the tests use +1000 and +2000)
/// runs beside the first. Fixed rather than chosen by Aspire: tokens, bookmarks, the seeder and the tests know
/// where the gateway is. Every port stays below 32768, under the range Linux hands out to outgoing connections.
/// </summary>
internal sealed class RetePorts(int offset)
{
    public int Offset { get; } = offset;

    public int Gateway => 8080 + Offset;
    public int Identity => 5100 + Offset;
    public int Registry => 5101 + Offset;
    public int Grants => 5102 + Offset;
    public int Placements => 5103 + Offset;
    public int Referrals => 5104 + Offset;
    public int Indicators => 5105 + Offset;
    // The web application (issue 11) takes 5106.

    public int Postgres => 25432 + Offset;
    public int Amqp => 25672 + Offset;
    public int Management => 25673 + Offset;
    public int ErlangDistribution => 25674 + Offset;
    public int Epmd => 25675 + Offset;

    // The dashboard and its endpoints, as in launchSettings.json's http profile.
    public int Dashboard => 15200 + Offset;
    public int DashboardOtlp => 19200 + Offset;
    public int ResourceService => 20200 + Offset;
    public int DashboardMcp => 18200 + Offset;

    public static RetePorts From(IConfiguration configuration)
    {
        var text = configuration["RETE_PORT_OFFSET"];
        if (string.IsNullOrWhiteSpace(text))
        {
            return new RetePorts(0);
        }
        if (!int.TryParse(text, out var offset) || offset < 0 || offset > 5000)
        {
            throw new InvalidOperationException($"RETE_PORT_OFFSET deve essere un intero tra 0 e 5000, non '{text}'.");
        }
        return new RetePorts(offset);
    }
}
