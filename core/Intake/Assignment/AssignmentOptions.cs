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
    /// <exception cref="Errors.CrmException">
    /// <see cref="Errors.CrmErrorCode.BadConfiguration"/>: a rule without a target or condition, or a team that is not defined or empty.
    /// </exception>
    public void Validate() => Configuration.Checks.IntakeChecks.CheckAssignment(this, Configuration.SettingsCheck.WithoutSources);
}
