using System.CommandLine;
using System.Security.Cryptography;

namespace CrmIntegration.Cli.CommandLine;

/// <summary>
/// <c>--password</c> / <c>--password-stdin</c>, shared by the commands that set a password. A given
/// password is never printed; when neither is given a strong one is generated and printed once.
/// </summary>
internal sealed class PasswordOptions
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private const int GeneratedLength = 20;

    public Option<string?> Password { get; } = new("--password")
    {
        Description = "The new password (8 characters or more). Visible to other users of this machine in the "
            + "process list: prefer --password-stdin. Without either, a strong password is generated and printed once.",
        HelpName = "PASSWORD",
    };

    public Option<bool> FromStdin { get; } = new("--password-stdin")
    {
        Description = "Read the password from the first line of standard input (e.g. printf '%s\\n' \"$PW\" | crm ...).",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Password);
        command.Options.Add(FromStdin);
        command.Validators.Add(result =>
        {
            if (result.GetResult(Password) is not null && result.GetValue(FromStdin))
            {
                result.AddError("--password and --password-stdin cannot be used together");
            }
        });
    }

    /// <summary>The password the user gave, or null when none was given (the caller then generates one).</summary>
    public async Task<string?> ReadAsync(ParseResult parseResult, CommandContext context)
    {
        if (!parseResult.GetValue(FromStdin))
        {
            return parseResult.GetValue(Password);
        }

        // Reading runs aside so that Ctrl+C ends the wait even though a console read cannot be cancelled.
        var line = await Task.Run(context.Input.ReadLine, CancellationToken.None).WaitAsync(context.Cancellation);
        return string.IsNullOrEmpty(line)
            ? throw new CliException(ExitCode.InvalidData, "--password-stdin: standard input held no password")
            : line;
    }

    public static string Generate() => RandomNumberGenerator.GetString(Alphabet, GeneratedLength);

    public static void ShowGenerated(CommandContext context, string userName, string password)
    {
        context.Output.WriteLine($"Generated password for '{userName}' (shown only now, stored only as a hash):");
        context.Output.WriteLine(password);
    }
}
