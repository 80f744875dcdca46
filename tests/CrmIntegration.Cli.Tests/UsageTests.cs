using CrmIntegration.Cli.Tests.Infrastructure;

namespace CrmIntegration.Cli.Tests;

public sealed class UsageTests
{
    [Theory]
    [InlineData(new string[0], "Required command was not provided")]
    [InlineData(new[] { "frobnicate" }, "frobnicate")]
    [InlineData(new[] { "users", "add", "alice" }, "Option '--role' is required")]
    [InlineData(new[] { "users", "add", "--role", "user" }, "user_name")]
    [InlineData(new[] { "users", "list", "--format", "xml" }, "'xml'")]
    [InlineData(new[] { "db", "info", "--format", "csv" }, "'csv'")]
    [InlineData(new[] { "users", "add", "a", "--role", "user", "--password", "long-enough-1", "--password-stdin" }, "cannot be used together")]
    [InlineData(new[] { "users", "set-reports-to", "alice" }, "--none")]
    [InlineData(new[] { "users", "list", "--db" }, "--db")]
    [InlineData(new[] { "dedupe", "find" }, "module")]
    [InlineData(new[] { "dedupe", "find", "Leads", "--rule", "email", "--fields", "name" }, "--rule and --fields cannot be used together")]
    [InlineData(new[] { "dedupe", "find", "Leads", "--format", "xml" }, "'xml'")]
    [InlineData(new[] { "dedupe", "find", "Leads", "--threshold", "0" }, "--threshold must be a positive number, not 0")]
    [InlineData(new[] { "dedupe", "merge", "Leads" }, "give exactly one of --group N, --ids A,B,C or --auto")]
    [InlineData(new[] { "dedupe", "undo" }, "merge-id")]
    [InlineData(new[] { "jobs", "run" }, "job")]
    [InlineData(new[] { "jobs", "list", "--format", "csv" }, "'csv'")]
    public async Task Parse_errors_exit_with_usage_in_one_line(string[] args, string messagePart)
    {
        using var db = new TempDatabase();

        var run = await Crm.RunAsync(args.Contains("--db") ? args : [.. args, "--db", db.Path]);

        Assert.Equal(ExitCode.Usage, run.ExitCode);
        Assert.Equal(2, (int)run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("crm: ", line);
        Assert.Contains(messagePart, line);
        Assert.EndsWith("--help')", line);
        Assert.False(File.Exists(db.Path));
    }

    [Theory]
    [InlineData("users add", "Example: crm users add alice --role manager")]
    [InlineData("users list", "Example: crm users list --format csv")]
    [InlineData("users set-password", "Example: printf")]
    [InlineData("users disable", "Example: crm users disable bob")]
    [InlineData("users enable", "Example: crm users enable bob")]
    [InlineData("users set-role", "Example: crm users set-role alice manager")]
    [InlineData("users set-reports-to", "Example: crm users set-reports-to bob alice")]
    [InlineData("db info", "Example: crm db info")]
    [InlineData("leads convert", "Example: crm leads convert LEAD_ID --opportunity")]
    [InlineData("dedupe", "Example: crm dedupe find Leads")]
    [InlineData("dedupe find", "Example: crm dedupe find Leads --format csv --out lead-duplicates.csv")]
    [InlineData("dedupe merge", "Example: crm dedupe merge Leads --group 3 --dry-run")]
    [InlineData("dedupe list", "Example: crm dedupe list Leads")]
    [InlineData("dedupe undo", "Example: crm dedupe undo M-000042")]
    [InlineData("config", "Example: crm config show --config /etc/crm/crm.json")]
    [InlineData("config show", "Example: crm config show")]
    [InlineData("jobs", "Example: crm jobs run session-cleanup")]
    [InlineData("jobs list", "Example: crm jobs list --format json")]
    [InlineData("jobs run", "0 * * * * cd /srv/crm && scripts/crm jobs run session-cleanup")]
    public async Task Every_command_has_help_with_an_example_and_the_db_and_config_options(string command, string example)
    {
        var run = await Crm.RunAsync([.. command.Split(' '), "--help"]);

        Assert.Equal(ExitCode.Ok, run.ExitCode);
        Assert.Contains(example, run.Output);
        Assert.Contains("--db <PATH>", run.Output);
        Assert.Contains("CRM_Storage__Path", run.Output);
        Assert.Contains("--config <FILE>", run.Output);
        Assert.Contains("$CRM_CONFIG", run.Output);
    }
}
