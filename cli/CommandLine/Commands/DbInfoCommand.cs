using System.CommandLine;
using System.Globalization;
using System.Reflection;
using CrmIntegration.Cli.CommandLine.Output;
using CrmIntegration.Core.Records;

namespace CrmIntegration.Cli.CommandLine.Commands;

/// <summary><c>crm db info</c>: where the database is, how big, and how many records each module holds.</summary>
internal static class DbInfoCommand
{
    public static Command Create(CliEnvironment environment, CommonOptions common)
    {
        var format = OutputFormat.Create(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("info", "Show the database file (path, size, last modified), the records per module "
            + "(live and soft-deleted), users and stored sessions. Never creates a database. On PostgreSQL: the database "
            + "(postgres://host:port/name, never the password) and its size.\n"
            + "Example: crm db info --db /srv/crm/data/crm.db --format json")
        {
            format,
        };
        command.SetHandler(environment, common, (parseResult, context) =>
            Task.FromResult(Run(context, parseResult.GetValue(format) ?? OutputFormat.Table)));
        return command;
    }

    /// <summary>The JSON shape of the report (snake_case).</summary>
    /// <param name="ModifiedUtc">When the file was last written; null on PostgreSQL, which keeps no such time.</param>
    internal sealed record DbInfo(string Path, long SizeBytes, string Size, string? ModifiedUtc, string CrmVersion,
        int Users, int ActiveUsers, int Sessions, IReadOnlyList<ModuleCount> Modules);

    internal sealed record ModuleCount(string Module, int Live, int Deleted);

    internal static ExitCode Run(CommandContext context, string format)
    {
        // The file as it was at rest, before opening it can write anything (e.g. a checkpoint).
        var file = context.OnPostgreSql ? null : new FileInfo(DatabaseAccess.RequireExisting(context));
        DbInfo info;
        using (var database = DatabaseAccess.OpenExisting(context))
        {
            var core = database.Core;
            var store = core.Store.Describe();
            var modules = core.Registry.Modules
                .Select(m => new ModuleCount(m.Name, store.LiveRecordsByModule.GetValueOrDefault(m.Name),
                    core.Store.Count(m.Name) - store.LiveRecordsByModule.GetValueOrDefault(m.Name)))
                .ToList();
            var users = core.UserAdmin.List();
            var size = file?.Length ?? store.SizeBytes;
            info = new DbInfo(
                file?.FullName ?? store.Location,
                size,
                ByteSize.Human(size),
                file?.LastWriteTimeUtc.ToString(CrmFormats.DateTime, CultureInfo.InvariantCulture),
                Version(),
                users.Count,
                users.Count(u => u["status"] != "Inactive"),
                store.SessionCount,
                modules);
        }

        if (format == OutputFormat.Json)
        {
            JsonOutput.Write(context.Output, info);
            return ExitCode.Ok;
        }

        var o = context.Output;
        o.WriteLine($"Database:     {info.Path}");
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Size:         {info.SizeBytes} bytes ({info.Size})"));
        if (info.ModifiedUtc is not null)
        {
            o.WriteLine($"Modified:     {info.ModifiedUtc} UTC");
        }

        o.WriteLine($"crm version:  {info.CrmVersion}");
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Users:        {info.Users} ({info.ActiveUsers} active)"));
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Sessions:     {info.Sessions}"));
        o.WriteLine();
        TableOutput.Write(context, ["module", "live", "deleted"], info.Modules.Select(m => (IReadOnlyList<string>)
            [m.Module, m.Live.ToString(CultureInfo.InvariantCulture), m.Deleted.ToString(CultureInfo.InvariantCulture)]));
        return ExitCode.Ok;
    }

    private static string Version() =>
        typeof(DbInfoCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "unknown";
}
