using System.Security.Cryptography;
using System.Text;

namespace CrmIntegration.Server.Admin;

/// <summary>A random secret made at each start; whoever can read it from the data directory may run <c>crm</c> commands.</summary>
public sealed class AdminToken
{
    private readonly byte[] _bytes = Encoding.ASCII.GetBytes(Convert.ToHexString(RandomNumberGenerator.GetBytes(32)));

    public string Value => Encoding.ASCII.GetString(_bytes);

    /// <summary>Compares in constant time, so the response time tells nothing about how much of a guess was right.</summary>
    public bool Matches(string? candidate) =>
        candidate is not null && CryptographicOperations.FixedTimeEquals(_bytes, Encoding.ASCII.GetBytes(candidate));
}
