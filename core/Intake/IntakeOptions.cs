using CrmIntegration.Core.Intake.Assignment;

namespace CrmIntegration.Core.Intake;

/// <summary>Lead intake settings, configuration section <c>Intake</c>.</summary>
public sealed class IntakeOptions
{
    public const string SectionName = "Intake";

    /// <summary>The action for a duplicate found by any rule not listed in <see cref="DuplicateActions"/> (<c>Intake:DuplicateAction</c>).</summary>
    public DuplicateAction DuplicateAction { get; set; } = DuplicateAction.Warn;

    /// <summary>
    /// Per matching rule (<c>email</c>, <c>phone</c>, <c>name+phone</c>, <c>company</c>, <c>fuzzy</c>, …):
    /// e.g. block exact email matches but only warn on fuzzy ones (<c>Intake:DuplicateActions:email=Block</c>).
    /// </summary>
    public Dictionary<string, DuplicateAction> DuplicateActions { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public AssignmentOptions Assignment { get; set; } = new();

    public DuplicateAction ActionFor(string rule) =>
        DuplicateActions.TryGetValue(rule, out var action) ? action : DuplicateAction;
}
