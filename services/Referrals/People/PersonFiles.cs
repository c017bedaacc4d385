using System.Text.Json;
using Rete.Referrals.Protection;
using Rete.ServiceDefaults.Json;

namespace Rete.Referrals.People;

/// <summary>Opens a person's protected fields for a caller: the tax code always, special-category data only when allowed.</summary>
internal static class PersonFiles
{
    public static PersonResponse ToResponse(this Person p, PersonalDataProtector protector, bool withSpecialCategory) => new(
        p.Id, p.FirstName, p.LastName, protector.Decrypt(p.TaxCodeCipher), p.BirthDate, p.MunicipalityIstat, p.District,
        p.TargetGroups, p.Education, p.Email, p.Phone, p.PossibleDuplicates,
        withSpecialCategory ? p.OpenSpecialCategory(protector) : null,
        p.RegisteredAt, p.Version);

    public static SpecialCategoryData? OpenSpecialCategory(this Person p, PersonalDataProtector protector) =>
        p.SpecialCategoryCipher is { } cipher ? OpenSpecialCategory(protector, cipher) : null;

    public static SpecialCategoryData? OpenSpecialCategory(PersonalDataProtector protector, string cipher) =>
        JsonSerializer.Deserialize<SpecialCategoryData>(protector.Decrypt(cipher), ReteJson.Options);

    public static PersonSummary ToSummary(this Person p) =>
        new(p.Id, p.FirstName, p.LastName, p.BirthDate, p.MunicipalityIstat, p.PossibleDuplicates.Count > 0);
}
