namespace CrmIntegration.Core.Intake.Assignment;

/// <summary>
/// One line of <see cref="AssignmentOptions.Rules"/>: conditions (all must hold) and a target.
/// Field values compare case- and diacritics-insensitively, so <c>Ha Noi</c> matches <c>Hà Nội</c>.
/// </summary>
public sealed class AssignmentRule
{
    /// <summary>The submitting partner's user name.</summary>
    public string? Partner { get; set; }

    /// <summary>A Leads field (e.g. <c>lead_source</c>, <c>primary_address_state</c>) whose value must be one of <see cref="Values"/>.</summary>
    public string? Field { get; set; }

    public List<string> Values { get; set; } = [];

    /// <summary>Assign to this user name.</summary>
    public string? User { get; set; }

    /// <summary>Assign round-robin within this team.</summary>
    public string? Team { get; set; }

    public override string ToString()
    {
        var conditions = new List<string>();
        if (!string.IsNullOrWhiteSpace(Partner))
        {
            conditions.Add($"partner {Partner}");
        }

        if (!string.IsNullOrWhiteSpace(Field))
        {
            conditions.Add($"{Field} in ({string.Join(", ", Values)})");
        }

        var target = string.IsNullOrWhiteSpace(User) ? $"team {Team}" : $"user {User}";
        return $"{string.Join(" and ", conditions)} → {target}";
    }
}
