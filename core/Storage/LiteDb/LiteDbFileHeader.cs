using CrmIntegration.Core.Errors;

namespace CrmIntegration.Core.Storage.LiteDb;

/// <summary>
/// LiteDB takes a file that is not one of its databases for a new one and overwrites it (or, opened
/// read-only, fails trying to); so an existing file is opened only if it shows LiteDB 5's header:
/// the signature at byte 32 followed by file version 8. An empty or short file is refused too (it is
/// nobody's database, but it may be somebody's file).
/// </summary>
internal static class LiteDbFileHeader
{
    private const int SignatureOffset = 32;
    private const byte FileVersion = 8;
    private static readonly byte[] Signature = "** This is a LiteDB file **"u8.ToArray();

    /// <summary>Passes when there is no file at <paramref name="path"/> (it will be created) or it is a LiteDB 5 database.</summary>
    /// <exception cref="CrmException"><see cref="CrmErrorCode.NotADatabase"/> naming the file, which is left untouched.</exception>
    public static void EnsureDatabaseOrAbsent(string path)
    {
        if (File.Exists(path) && !IsLiteDb(path))
        {
            throw CrmException.NotADatabase(path, "LiteDB 5");
        }
    }

    /// <summary>Whether the existing file at <paramref name="path"/> starts with LiteDB 5's header.</summary>
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
