using System.Security.Cryptography;
using System.Text;

namespace CrmIntegration.Core.Security;

/// <summary>
/// Passwords are stored as salted PBKDF2-SHA256 over the lower-case MD5 hex that SugarCRM clients
/// send at login, so the plain password is never needed and a stolen database is slow to attack.
/// Format: <c>pbkdf2-sha256$iterations$salt$hash</c> (base64), so iterations can grow later.
/// </summary>
public static class PasswordHasher
{
    private const string Scheme = "pbkdf2-sha256";
    private const int Iterations = 100_000;
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    public static string Md5Hex(string plain) =>
        Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(plain)));

    public static bool IsMd5Hex(string? value) =>
        value is { Length: 32 } && value.All(Uri.IsHexDigit);

    public static string HashMd5(string md5Hex)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Derive(md5Hex, salt, Iterations);
        return $"{Scheme}${Iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}";
    }

    public static bool VerifyMd5(string md5Hex, string? stored)
    {
        var parts = stored?.Split('$');
        if (parts is not [Scheme, var iterationsText, var saltText, var hashText] ||
            !int.TryParse(iterationsText, out var iterations))
        {
            return false;
        }

        var expected = Convert.FromBase64String(hashText);
        var actual = Derive(md5Hex, Convert.FromBase64String(saltText), iterations);
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }

    private static byte[] Derive(string md5Hex, byte[] salt, int iterations) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.ASCII.GetBytes(md5Hex.ToLowerInvariant()), salt, iterations, HashAlgorithmName.SHA256, HashBytes);
}
