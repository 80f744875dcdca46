namespace CrmIntegration.Core.Configuration.Sources;

/// <summary>A configuration provider of the loader's: it can say where a key's value came from.</summary>
internal interface ISettingSource
{
    /// <summary>The directory a relative path set here is taken from; null for the current directory.</summary>
    string? BaseDirectory { get; }

    /// <summary>Where <paramref name="key"/>'s value came from, as <c>crm config show</c> prints it.</summary>
    string Describe(string key);
}
