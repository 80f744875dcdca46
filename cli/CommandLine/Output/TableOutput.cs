using Spectre.Console;

namespace CrmIntegration.Cli.CommandLine.Output;

/// <summary>
/// A table for people: drawn by Spectre.Console on a terminal, plain columns separated by two spaces
/// when piped (stable for grep and awk, and for tests).
/// </summary>
internal static class TableOutput
{
    public static void Write(CommandContext context, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var materialised = rows.ToList();
        if (context.OutputIsTerminal)
        {
            WriteSpectre(context.TerminalConsole(context.Output), headers, materialised);
        }
        else
        {
            WritePlain(context.Output, headers, materialised);
        }
    }

    private static void WriteSpectre(IAnsiConsole console, IReadOnlyList<string> headers, List<IReadOnlyList<string>> rows)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var header in headers)
        {
            table.AddColumn(new TableColumn(Markup.Escape(header)));
        }

        foreach (var row in rows)
        {
            table.AddRow(row.Select(cell => (Spectre.Console.Rendering.IRenderable)new Text(cell)).ToArray());
        }

        console.Write(table);
    }

    private static void WritePlain(TextWriter output, IReadOnlyList<string> headers, List<IReadOnlyList<string>> rows)
    {
        var widths = headers.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        WriteLine(headers);
        foreach (var row in rows)
        {
            WriteLine(row);
        }

        void WriteLine(IReadOnlyList<string> cells) =>
            output.WriteLine(string.Join("  ", cells.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
    }
}
