using CrmIntegration.Core.Errors;

namespace CrmIntegration.Core.Query;

/// <summary>Builds the fault-40 exceptions the query language throws, so wording stays uniform.</summary>
internal static class QueryRefusal
{
    /// <summary>"&lt;what&gt; at position N&lt;detail&gt;": what was refused, where, and why or what to do.</summary>
    public static CrmException At(string what, int position, string detail = "") =>
        CrmException.QueryRefused($"{what} at position {position}{detail}");

    public static CrmException Because(string what) => CrmException.QueryRefused(what);

    /// <summary>Quoted user text is clipped so a 16 KB string cannot flood logs and faults.</summary>
    public static string Clip(string text) => text.Length <= 40 ? text : text[..37] + "...";

    /// <summary>A character as a message shows it: itself when printable, else its code point.</summary>
    public static string Describe(char c) =>
        char.IsControl(c) || char.IsWhiteSpace(c) || char.IsSurrogate(c) || c > '\u007e'
            ? $"U+{(int)c:X4}"
            : $"'{c}'";
}
