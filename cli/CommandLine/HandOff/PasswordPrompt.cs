using System.Text;

namespace CrmIntegration.Cli.CommandLine.HandOff;

/// <summary>Asks for a password on the terminal without echoing it; null when there is no terminal to ask on.</summary>
internal static class PasswordPrompt
{
    public static string? Ask(CommandContext context, string prompt)
    {
        if (!context.InputIsTerminal || !context.ErrorIsTerminal)
        {
            return null;
        }

        context.Error.Write(prompt);
        var password = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                context.Error.WriteLine();
                return password.ToString();
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                password.Length = Math.Max(0, password.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }
    }
}
