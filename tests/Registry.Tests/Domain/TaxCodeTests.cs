using Rete.Registry.TaxCodes;
using Rete.ServiceDefaults.TaxCodes;

namespace Rete.Registry.Tests.Domain;

public class TaxCodeTests
{
    [Theory]
    [InlineData("00514490010")] // Comune di Torino
    [InlineData("01114601006")]
    [InlineData("RSSMRA85T10A562S")] // the textbook Mario Rossi
    [InlineData("rssmra85t10a562s")] // case does not matter
    [InlineData("RSSMRA85T10A56NH")] // omocodia: a digit replaced by its letter, with its own check letter
    public void Accepts_codes_whose_check_character_is_right(string code) => TaxCode.IsValid(code).ShouldBeTrue();

    [Theory]
    [InlineData("00514490011")] // wrong check digit
    [InlineData("RSSMRA85T10A562T")] // wrong check letter
    [InlineData("RSSMRA85Z10A562S")] // Z is not a month
    [InlineData("0051449001")] // too short
    [InlineData("00000000000")]
    [InlineData("ABCDEFGHIJK")]
    [InlineData("")]
    [InlineData(null)]
    public void Refuses_malformed_codes(string? code) => TaxCode.IsValid(code).ShouldBeFalse();

    [Fact]
    public void Check_letter_of_a_codice_fiscale_follows_the_odd_and_even_tables() =>
        CodiceFiscale.CheckCharacter("RSSMRA85T10A562").ShouldBe('S');
}
