using System.Collections.Concurrent;

namespace CrmIntegration.Core.Matching;

/// <summary>
/// Shares equal strings between profiles. A million leads carry a few thousand distinct name and
/// company tokens; keeping one copy of each saves hundreds of megabytes. Safe for parallel use.
/// </summary>
public sealed class StringPool
{
    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);

    public int Count => _strings.Count;

    public string Get(string value) => value.Length == 0 ? "" : _strings.GetOrAdd(value, value);
}
