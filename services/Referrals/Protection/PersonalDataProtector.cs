using System.Security.Cryptography;
using System.Text;

namespace Rete.Referrals.Protection;

/// <summary>
/// Encrypts tax codes and special-category data at rest (AES-256-GCM, a fresh nonce per value) and matches tax codes
/// through a keyed hash (HMAC-SHA256), so the database never holds them in clear and cannot be searched without the key.
/// Keys come from configuration (<c>Referrals:Protection:EncryptionKey</c> and <c>HashKey</c>, 32 bytes in base64).
/// </summary>
public sealed class PersonalDataProtector(byte[] encryptionKey, byte[] hashKey)
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public static PersonalDataProtector FromConfiguration(IConfiguration configuration)
    {
        var section = configuration.GetSection("Referrals:Protection");
        return new PersonalDataProtector(Key(section["EncryptionKey"], "EncryptionKey"), Key(section["HashKey"], "HashKey"));
    }

    public string Encrypt(string clear)
    {
        var plain = Encoding.UTF8.GetBytes(clear);
        var output = new byte[NonceSize + TagSize + plain.Length];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(encryptionKey, TagSize);
        aes.Encrypt(nonce, plain, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize));
        return Convert.ToBase64String(output);
    }

    public string Decrypt(string sealedValue)
    {
        var input = Convert.FromBase64String(sealedValue);
        var plain = new byte[input.Length - NonceSize - TagSize];
        using var aes = new AesGcm(encryptionKey, TagSize);
        aes.Decrypt(input.AsSpan(0, NonceSize), input.AsSpan(NonceSize + TagSize), input.AsSpan(NonceSize, TagSize), plain);
        return Encoding.UTF8.GetString(plain);
    }

    /// <summary>The keyed hash a tax code is found by; the same code always gives the same hash.</summary>
    public string Hash(string clear) => Convert.ToHexString(HMACSHA256.HashData(hashKey, Encoding.UTF8.GetBytes(clear)));

    private static byte[] Key(string? base64, string name)
    {
        var key = string.IsNullOrWhiteSpace(base64)
            ? throw new InvalidOperationException($"Referrals:Protection:{name} is not configured.")
            : Convert.FromBase64String(base64);
        return key.Length == 32 ? key : throw new InvalidOperationException($"Referrals:Protection:{name} must be 32 bytes.");
    }
}
