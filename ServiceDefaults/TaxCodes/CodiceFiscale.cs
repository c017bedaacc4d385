using System.Text.RegularExpressions;

namespace Rete.ServiceDefaults.TaxCodes;

/// <summary>
/// The 16-character codice fiscale of a person (DM 23/12/1976). Digits in the date and place parts may be
/// replaced by letters (omocodia), which the pattern allows. The last letter checks the first fifteen.
/// </summary>
public static partial class CodiceFiscale
{
    // Value of each character in an odd (1st, 3rd, ...) position: digits 0-9 then letters A-Z share the table.
    private static readonly int[] OddValues =
        [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

    public static bool IsValid(string code) =>
        code.Length == 16 && Shape().IsMatch(code) && CheckCharacter(code.AsSpan(0, 15)) == code[15];

    public static char CheckCharacter(ReadOnlySpan<char> first15)
    {
        var sum = 0;
        for (var i = 0; i < 15; i++)
        {
            var c = first15[i];
            var index = char.IsAsciiDigit(c) ? c - '0' : c - 'A';
            sum += i % 2 == 0 ? OddValues[index] : index;
        }

        return (char)('A' + (sum % 26));
    }

    [GeneratedRegex("^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$")]
    private static partial Regex Shape();
}
