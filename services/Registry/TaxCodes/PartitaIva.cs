namespace Rete.Registry.TaxCodes;

/// <summary>The 11-digit partita IVA (and numeric codice fiscale): the last digit is a Luhn-style check digit.</summary>
public static class PartitaIva
{
    public static bool IsValid(string code)
    {
        if (code.Length != 11 || !code.All(char.IsAsciiDigit) || code == "00000000000")
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            var digit = code[i] - '0';
            if (i % 2 == 1)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return (10 - (sum % 10)) % 10 == code[10] - '0';
    }
}
