namespace CrmIntegration.Core.Intake.Assignment;

/// <summary>
/// Who gets a new lead, from configuration section <c>Intake:Assignment</c>. Rules are tried in
/// order; the first whose conditions all hold names a user or a team. A lead no rule claims goes to
/// <see cref="DefaultTeam"/>, or stays unassigned when there is none.
/// </summary>
/// <example>
/// <code>
/// "Intake": { "Assignment": {
///   "Teams": { "south": [ "an", "binh" ], "north": [ "chi" ] },
///   "Rules": [
///     { "Partner": "acme", "User": "an" },
///     { "Field": "primary_address_state", "Values": [ "Hà Nội", "Hai Phong" ], "Team": "north" },
///     { "Field": "lead_source", "Values": [ "Web Site" ], "Team": "south" } ],
///   "DefaultTeam": "south" } }
/// </code>
/// </example>
public sealed class AssignmentOptions
{
    public const string SectionName = "Intake:Assignment";

    /// <summary>Team name → user names, taken in turn (round-robin).</summary>
    public Dictionary<string, List<string>> Teams { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public List<AssignmentRule> Rules { get; set; } = [];

    public string? DefaultTeam { get; set; }

    /// <summary>Fails with a message naming the rule when the configuration cannot work.</summary>
    /// <exception cref="InvalidOperationException">A rule without a target or condition, or a team that is not defined or empty.</exception>
    public void Validate()
    {
        for (var i = 0; i < Rules.Count; i++)
        {
            var rule = Rules[i];
            var where = $"{SectionName}:Rules:{i}";
            if (string.IsNullOrWhiteSpace(rule.User) == string.IsNullOrWhiteSpace(rule.Team))
            {
                throw new InvalidOperationException($"{where} must name exactly one of User or Team");
            }

            if (string.IsNullOrWhiteSpace(rule.Partner) && string.IsNullOrWhiteSpace(rule.Field))
            {
                throw new InvalidOperationException($"{where} needs a condition: Partner, or Field with Values");
            }

            if (!string.IsNullOrWhiteSpace(rule.Field) && rule.Values.Count == 0)
            {
                throw new InvalidOperationException($"{where} names Field '{rule.Field}' but no Values to compare with");
            }

            if (rule.Team is { Length: > 0 } team)
            {
                EnsureTeam(team, $"{where}:Team");
            }
        }

        if (DefaultTeam is { Length: > 0 } fallback)
        {
            EnsureTeam(fallback, $"{SectionName}:DefaultTeam");
        }
    }

    private void EnsureTeam(string team, string where)
    {
        if (!Teams.TryGetValue(team, out var members) || members.Count == 0)
        {
            var known = Teams.Count == 0 ? "none are defined" : "defined: " + string.Join(", ", Teams.Keys);
            throw new InvalidOperationException($"{where} names team '{team}', which has no members ({known} under {SectionName}:Teams)");
        }
    }
}
