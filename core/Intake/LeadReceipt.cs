using CrmIntegration.Core.Errors;

namespace CrmIntegration.Core.Intake;

/// <summary>
/// The answer to one submission. <see cref="Id"/> is the stored lead (Created, Existing) or null;
/// <see cref="Duplicates"/> the existing records it matched, best first (only ids, modules, rules
/// and scores: a partner learns that a record exists, never what it holds).
/// </summary>
public sealed record LeadReceipt(LeadOutcome Outcome, string? Id)
{
    public IReadOnlyList<DuplicateReference> Duplicates { get; init; } = [];

    public IReadOnlyList<string> Warnings { get; init; } = [];

    public string? AssignedUserId { get; init; }

    public string? AssignedUserName { get; init; }

    /// <summary>Why the lead was not stored (Duplicate: fault 50; Rejected: the validation or access fault).</summary>
    public CrmException? Error { get; init; }

    public string? PartnerRef { get; init; }
}

/// <summary>An existing record a submission matched.</summary>
public sealed record DuplicateReference(string Module, string Id, string Rule, double Score)
{
    public override string ToString() => $"{Module} {Id} (rule {Rule}, score {Score:0.#})";
}
