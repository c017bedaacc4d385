using Microsoft.Extensions.Configuration;

namespace Rete.Indicators.Figures;

/// <summary>
/// Small counts of people could single a person out: a count of people from 1 to <see cref="SuppressBelow"/> − 1 is
/// published as null (suppressed), and so is a share or an average computed over fewer people than that. Zero is
/// shown. The threshold is <c>Indicators:SuppressBelow</c> (default 3); money and organisations are never suppressed.
/// </summary>
public sealed class Disclosure(IConfiguration configuration)
{
    public const int DefaultThreshold = 3;

    public int SuppressBelow { get; } = Math.Max(1, configuration.GetValue("Indicators:SuppressBelow", DefaultThreshold));

    public int? Count(int people) => people > 0 && people < SuppressBelow ? null : people;

    public decimal? Share(int part, int whole) =>
        whole < SuppressBelow || whole == 0 ? null : Math.Round(part * 100m / whole, 1, MidpointRounding.AwayFromZero);

    public decimal? Average(decimal total, int people) =>
        people < SuppressBelow || people == 0 ? null : Math.Round(total / people, 2, MidpointRounding.AwayFromZero);
}
