using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Intake;
using CrmIntegration.Core.Intake.Assignment;
using CrmIntegration.Core.Security;

namespace CrmIntegration.Core.Configuration.Checks;

/// <summary>
/// The <c>Intake</c> section's checks: assignment rules that can work, and (once the database is
/// open) user names that exist. A team naming a user who does not exist used to start without a
/// word and leave partner leads unassigned.
/// </summary>
internal static class IntakeChecks
{
    private const string Assignment = AssignmentOptions.SectionName;

    public static void Check(IntakeOptions options, SettingsCheck check) => CheckAssignment(options.Assignment, check);

    public static void CheckAssignment(AssignmentOptions options, SettingsCheck check)
    {
        foreach (var (team, members) in options.Teams)
        {
            for (var i = 0; i < members.Count; i++)
            {
                check.NotEmpty($"{Assignment}:Teams:{team}:{i}", members[i], "a user name");
            }
        }

        for (var i = 0; i < options.Rules.Count; i++)
        {
            var rule = options.Rules[i];
            var key = $"{Assignment}:Rules:{i}";
            if (string.IsNullOrWhiteSpace(rule.User) == string.IsNullOrWhiteSpace(rule.Team))
            {
                throw check.Invalid(key, "must name exactly one of User or Team (whom the lead goes to)");
            }

            if (string.IsNullOrWhiteSpace(rule.Partner) && string.IsNullOrWhiteSpace(rule.Field))
            {
                throw check.Invalid(key, "needs a condition: Partner, or Field with Values");
            }

            if (!string.IsNullOrWhiteSpace(rule.Field) && rule.Values.Count == 0)
            {
                throw check.Invalid($"{key}:Field", $"names Field '{rule.Field}' but no Values to compare with: add {key}:Values:0");
            }

            if (rule.Team is { Length: > 0 } team)
            {
                EnsureTeam(options, team, $"{key}:Team", check);
            }
        }

        if (options.DefaultTeam is { Length: > 0 } fallback)
        {
            EnsureTeam(options, fallback, $"{Assignment}:DefaultTeam", check);
        }
    }

    /// <summary>Every user a rule or team names exists; targets are internal users, Partner conditions partners.</summary>
    public static void CheckAgainstStore(IntakeOptions options, CrmCore core, SettingsCheck check)
    {
        var assignment = options.Assignment;
        if (assignment.Teams.Count == 0 && assignment.Rules.Count == 0)
        {
            return;
        }

        var users = core.UserAdmin.List().Select(UserDirectory.FromRecord).ToList();
        var byName = users.ToDictionary(u => u.UserName, StringComparer.OrdinalIgnoreCase);
        var internalNames = users.Where(u => !u.IsPartner).Select(u => u.UserName).Order(StringComparer.OrdinalIgnoreCase).ToList();

        void EnsureInternal(string key, string userName)
        {
            if (!byName.TryGetValue(userName, out var user))
            {
                throw CrmException.AssignmentUserMissing(key, userName, internalNames, check.SourceOf(key));
            }

            if (user.IsPartner)
            {
                throw CrmException.AssignmentUserIsPartner(key, userName, check.SourceOf(key));
            }
        }

        foreach (var (team, members) in assignment.Teams)
        {
            for (var i = 0; i < members.Count; i++)
            {
                EnsureInternal($"{Assignment}:Teams:{team}:{i}", members[i]);
            }
        }

        for (var i = 0; i < assignment.Rules.Count; i++)
        {
            var rule = assignment.Rules[i];
            if (rule.User is { Length: > 0 } user)
            {
                EnsureInternal($"{Assignment}:Rules:{i}:User", user);
            }

            if (rule.Partner is { Length: > 0 } partner && !(byName.TryGetValue(partner, out var named) && named.IsPartner))
            {
                var key = $"{Assignment}:Rules:{i}:Partner";
                throw CrmException.AssignmentPartnerUnknown(key, partner, named is not null, check.SourceOf(key));
            }
        }
    }

    private static void EnsureTeam(AssignmentOptions options, string team, string key, SettingsCheck check)
    {
        if (!options.Teams.TryGetValue(team, out var members) || members.Count == 0)
        {
            var known = options.Teams.Count == 0 ? "none are defined" : "defined: " + string.Join(", ", options.Teams.Keys);
            throw check.Invalid(key, $"names team '{team}', which has no members ({known} under {Assignment}:Teams)");
        }
    }
}
