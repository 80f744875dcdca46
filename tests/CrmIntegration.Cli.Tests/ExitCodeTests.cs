using System.Text.RegularExpressions;
using CrmIntegration.Cli.CommandLine;
using CrmIntegration.Cli.Tests.Infrastructure;
using CrmIntegration.Core.Errors;

namespace CrmIntegration.Cli.Tests;

public sealed class ExitCodeTests
{
    [Theory]
    [InlineData(CrmErrorCode.ResourceManagementError, ExitCode.DatabaseInUse)]
    [InlineData(CrmErrorCode.InvalidData, ExitCode.InvalidData)]
    [InlineData(CrmErrorCode.DuplicateRecords, ExitCode.InvalidData)]
    [InlineData(CrmErrorCode.NoRecords, ExitCode.NotFound)]
    [InlineData(CrmErrorCode.AccessDenied, ExitCode.AccessDenied)]
    [InlineData(CrmErrorCode.InvalidLogin, ExitCode.Failure)]
    public void Core_error_codes_map_to_exit_codes(CrmErrorCode code, ExitCode expected) =>
        Assert.Equal(expected, CommandExecution.ExitCodeOf(code));

    [Fact]
    public async Task Unexpected_errors_print_the_stack_and_exit_with_failure()
    {
        using var error = new StringWriter();
        var context = new CommandContext("unused.db", TextReader.Null, TextWriter.Null, error, false, TimeProvider.System, default);

        var code = await CommandExecution.RunAsync(context, () => throw new InvalidOperationException("boom"));

        Assert.Equal(ExitCode.Failure, code);
        Assert.StartsWith("crm: unexpected error: System.InvalidOperationException: boom", error.ToString());
        Assert.Contains(" at ", error.ToString());
    }

    [Fact]
    public async Task Cancellation_exits_with_cancelled()
    {
        using var error = new StringWriter();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var context = new CommandContext("unused.db", TextReader.Null, TextWriter.Null, error, false, TimeProvider.System, cancelled.Token);

        var code = await CommandExecution.RunAsync(context, () => throw new OperationCanceledException(cancelled.Token));

        Assert.Equal(ExitCode.Cancelled, code);
        Assert.Equal("crm: cancelled", error.ToString().Trim());
    }

    [Fact]
    public void The_documented_exit_code_table_matches_the_enum()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "README.md"));
        var documented = Regex.Matches(doc, @"^\|\s*(\d+)\s*\|\s*`(\w+)`\s*\|", RegexOptions.Multiline)
            .ToDictionary(m => m.Groups[2].Value, m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));

        var actual = Enum.GetValues<ExitCode>().ToDictionary(c => c.ToString(), c => (int)c);

        Assert.Equal(actual.OrderBy(p => p.Value), documented.OrderBy(p => p.Value));
    }
}
