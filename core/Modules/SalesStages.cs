namespace CrmIntegration.Core.Modules;

/// <summary>
/// SugarCRM's opportunity sales stages (<c>sales_stage_dom</c>) and the probability each implies
/// (<c>sales_probability_dom</c>), so a save or a lead conversion can fill <c>probability</c>
/// the way SugarCRM's edit view does when the caller leaves it empty.
/// </summary>
public static class SalesStages
{
    public const string Prospecting = "Prospecting";
    public const string Qualification = "Qualification";
    public const string NeedsAnalysis = "Needs Analysis";
    public const string ValueProposition = "Value Proposition";
    public const string IdDecisionMakers = "Id. Decision Makers";
    public const string PerceptionAnalysis = "Perception Analysis";
    public const string ProposalPriceQuote = "Proposal/Price Quote";
    public const string NegotiationReview = "Negotiation/Review";
    public const string ClosedWon = "Closed Won";
    public const string ClosedLost = "Closed Lost";

    private static readonly (string Stage, int Probability)[] Stages =
    [
        (Prospecting, 10), (Qualification, 20), (NeedsAnalysis, 25), (ValueProposition, 30),
        (IdDecisionMakers, 40), (PerceptionAnalysis, 50), (ProposalPriceQuote, 65),
        (NegotiationReview, 80), (ClosedWon, 100), (ClosedLost, 0),
    ];

    private static readonly Dictionary<string, int> Probabilities =
        Stages.ToDictionary(s => s.Stage, s => s.Probability, StringComparer.OrdinalIgnoreCase);

    /// <summary>The stage keys in SugarCRM's order, from first contact to closed.</summary>
    public static IReadOnlyList<string> All { get; } = Stages.Select(s => s.Stage).ToList();

    /// <summary>The probability (percent) SugarCRM sets for a stage, or null for an unknown stage.</summary>
    public static int? DefaultProbability(string? stage) =>
        stage is not null && Probabilities.TryGetValue(stage.Trim(), out var probability) ? probability : null;

    /// <summary>Won or lost: the opportunity no longer counts in the pipeline.</summary>
    public static bool IsClosed(string? stage) =>
        string.Equals(stage, ClosedWon, StringComparison.OrdinalIgnoreCase) ||
        string.Equals(stage, ClosedLost, StringComparison.OrdinalIgnoreCase);
}
