namespace CrmIntegration.Core.Storage.LiteDb;

/// <summary>
/// LiteDB takes a file that is not one of its databases for a new one and overwrites it (or, opened
/// read-only, fails trying to); so a file is only opened once it shows LiteDB 5's header: the
/// signature at byte 32 and file version 8.
/// </summary>
internal static class LiteDbFileHeader
{
    private const int SignatureOffset = 32;
    private const byte FileVersion = 8;
    private static readonly byte[] Signature = "** This is a LiteDB file **"u8.ToArray();

    public static bool IsLiteDb(string path)
    {
        var header = new byte[SignatureOffset + Signature.Length + 1];
        int read;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        {
            read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }

        return read == header.Length
            && header.AsSpan(SignatureOffset, Signature.Length).SequenceEqual(Signature)
            && header[^1] == FileVersion;
    }
}
