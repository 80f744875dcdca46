using CrmIntegration.Core;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Security;

namespace CrmIntegration.Cli.CommandLine;

/// <summary>Finds the user a command line names, by user name or id; an unknown one is exit code NotFound.</summary>
internal static class UserLookup
{
    public static CrmRecord Require(CrmCore core, string userNameOrId, string what = "user") =>
        core.Users.FindByUserName(userNameOrId)
        ?? (core.Store.Get(UserDirectory.Module, userNameOrId) is { IsDeleted: false } byId ? byId : null)
        ?? throw new CliException(ExitCode.NotFound, $"there is no {what} '{userNameOrId}' (see 'crm users list')");

    public static UserRole ParseRole(string? value) =>
        UserRoles.TryParse(value)
        ?? throw new CliException(ExitCode.InvalidData, $"unknown role '{value}': use admin, manager, user or partner");
}
