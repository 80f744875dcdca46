using System.CommandLine;

namespace CrmIntegration.Cli.CommandLine.Output;

/// <summary>The <c>--format</c> option of listing commands.</summary>
internal static class OutputFormat
{
    public const string Table = "table";
    public const string Csv = "csv";
    public const string Json = "json";

    public static Option<string> Create(params string[] formats)
    {
        var option = new Option<string>("--format")
        {
            Description = $"Output format: {string.Join(", ", formats)}. Tables are plain, aligned text when output is piped.",
            DefaultValueFactory = _ => formats[0],
            HelpName = string.Join('|', formats),
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }
}
