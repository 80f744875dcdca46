using Microsoft.Extensions.Configuration;

namespace CrmIntegration.Core.Configuration.Sources;

/// <summary>Which provider a key's effective value comes from: the last one that has it.</summary>
internal static class SettingSources
{
    /// <summary>Printed for a key no source sets: the options class's own value.</summary>
    public const string Default = "default";

    /// <summary>Printed for a key set by a provider the host added itself (tests, benchmarks).</summary>
    public const string Host = "host";

    public static IConfigurationProvider? ProviderOf(IConfigurationRoot root, string key)
    {
        for (var i = root.Providers.Count() - 1; i >= 0; i--)
        {
            var provider = root.Providers.ElementAt(i);
            if (provider.TryGet(key, out _))
            {
                return provider;
            }
        }

        return null;
    }

    public static string Describe(IConfigurationRoot root, string key) => ProviderOf(root, key) switch
    {
        null => Default,
        ISettingSource source => source.Describe(key),
        _ => Host,
    };

    /// <summary>The source of the first value under <paramref name="section"/> (a section has no value of its own).</summary>
    public static string DescribeAny(IConfigurationRoot root, IConfigurationSection section)
    {
        if (section.Value is not null)
        {
            return Describe(root, section.Path);
        }

        var leaf = section.AsEnumerable().FirstOrDefault(p => p.Value is not null);
        return leaf.Key is null ? Default : Describe(root, leaf.Key);
    }
}
