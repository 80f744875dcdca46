namespace CrmIntegration.Cli.CommandLine.Output;

/// <summary>
/// A listing in the <c>--format</c> asked for: the row objects as JSON, or their cells as CSV or an
/// aligned table under the same headers.
/// </summary>
internal static class ListOutput
{
    public static void Write<T>(CommandContext context, string format, IReadOnlyList<T> rows,
        IReadOnlyList<string> headers, Func<T, IReadOnlyList<string>> cells)
    {
        switch (format)
        {
            case OutputFormat.Json:
                JsonOutput.Write(context.Output, rows);
                break;
            case OutputFormat.Csv:
                CsvOutput.Write(context.Output, headers, rows.Select(cells));
                break;
            default:
                TableOutput.Write(context, headers, rows.Select(cells));
                break;
        }
    }
}
