using System.Text.Json.Serialization;
using Spectre.Console;

namespace CrmIntegration.Cli.CommandLine.Output;

/// <summary>
/// What the terminal <c>crm</c> was typed in can show: its width, whether it understands ANSI
/// escapes, and its colours. Read where <c>crm</c> runs and sent with a handed-off command, so a table
/// or progress bar drawn inside the server fits the caller's terminal, not the server's (which has none).
/// </summary>
public sealed record TerminalProfile(
    [property: JsonPropertyName("width")] int Width,
    [property: JsonPropertyName("ansi")] bool Ansi,
    [property: JsonPropertyName("colors")] ColorSystem Colors)
{
    /// <summary>For a run that has no terminal to ask (tests, a command whose output is redirected).</summary>
    public static readonly TerminalProfile Plain = new(80, Ansi: false, ColorSystem.NoColors);

    /// <summary>This process's terminal, as Spectre.Console detects it.</summary>
    public static TerminalProfile OfConsole()
    {
        var profile = AnsiConsole.Profile;
        return new TerminalProfile(profile.Width, profile.Capabilities.Ansi, profile.Capabilities.ColorSystem);
    }

    /// <summary>A console writing to <paramref name="writer"/> as this terminal would show it.</summary>
    public IAnsiConsole Console(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = Ansi ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = (ColorSystemSupport)Colors,
            Interactive = InteractionSupport.Yes,
        });
        console.Profile.Width = Width;
        return console;
    }
}
