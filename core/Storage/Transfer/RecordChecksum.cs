using System.Security.Cryptography;
using System.Text;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Records;

namespace CrmIntegration.Core.Storage.Transfer;

/// <summary>
/// A module's records, summed up: how many, and a SHA-256 over every record (its id and each
/// field's name and value, a value set to null kept apart from one never set) in id order, so two
/// stores holding the same records give the same checksum whatever order they read them in.
/// </summary>
/// <param name="Records">How many records.</param>
/// <param name="Sha256">The checksum, as lower-case hex.</param>
public sealed record RecordChecksum(int Records, string Sha256)
{
    public static RecordChecksum Of(IEnumerable<CrmRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var digests = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            digests[record.Id] = SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(record)));
        }

        using var all = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var digest in digests.Values)
        {
            all.AppendData(digest);
        }

        return new RecordChecksum(digests.Count, Convert.ToHexStringLower(all.GetHashAndReset()));
    }

    /// <summary>The record as one string: id, then name=value per field in ordinal order (U+001F and U+001E separate; null is U+0000).</summary>
    private static string Canonical(CrmRecord record)
    {
        var text = new StringBuilder(record.Id).Append('\u001f');
        foreach (var (name, value) in record.Values.Where(v => v.Key != CommonFields.Id).OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            text.Append(name).Append('=').Append(value ?? "\0").Append('\u001e');
        }

        return text.ToString();
    }
}
