using CrmIntegration.Core.Matching;
using Microsoft.Extensions.Configuration;

namespace CrmIntegration.Cli.CommandLine.Dedupe;

/// <summary>
/// The <c>Matching</c> settings for <c>crm dedupe</c>, read as the server reads its own: built-in
/// defaults, then the <c>Matching</c> section of a <c>--settings</c> JSON file (the server's
/// appsettings.json will do), then <c>CRM_Matching__…</c> environment variables
/// (<c>CRM_Matching__Fuzzy__Threshold=12</c>, <c>CRM_Matching__Rules__Leads__0__Fields=email</c>).
/// </summary>
internal static class MatchingSettings
{
    public const string VariablePrefix = "CRM_";

    public static MatchingOptions Load(CommandContext context, string? settingsFile)
    {
        var builder = new ConfigurationBuilder();
        if (settingsFile is not null)
        {
            var path = Path.GetFullPath(settingsFile);
            if (!File.Exists(path))
            {
                throw new CliException(ExitCode.NotFound, $"--settings: there is no file {path}");
            }

            builder.AddJsonFile(path, optional: false, reloadOnChange: false);
        }

        builder.AddInMemoryCollection(FromVariables(context.Variables ?? new Dictionary<string, string?>()));
        var options = new MatchingOptions();
        try
        {
            builder.Build().GetSection(MatchingOptions.SectionName).Bind(options);
        }
        catch (Exception e) when (e is InvalidOperationException or InvalidDataException or FormatException)
        {
            throw new CliException(ExitCode.InvalidData, $"bad Matching settings: {Innermost(e).Message}");
        }

        return options;
    }

    /// <summary>As the server's environment provider: <c>CRM_A__B</c> is the key <c>A:B</c>.</summary>
    private static IEnumerable<KeyValuePair<string, string?>> FromVariables(IReadOnlyDictionary<string, string?> variables) =>
        variables
            .Where(v => v.Key.StartsWith(VariablePrefix, StringComparison.OrdinalIgnoreCase))
            .Select(v => KeyValuePair.Create(v.Key[VariablePrefix.Length..].Replace("__", ":", StringComparison.Ordinal), v.Value));

    private static Exception Innermost(Exception e) => e.InnerException is { } inner ? Innermost(inner) : e;
}
