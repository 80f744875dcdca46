namespace CrmIntegration.Core.Matching;

/// <summary>One configured rule (<c>Matching:Rules:Leads:0</c>): <c>Fields</c> is a fields
/// expression (<c>name+phone</c>) or <c>fuzzy</c>; <c>Threshold</c> overrides the fuzzy threshold.</summary>
public sealed class RuleOptions
{
    public string Fields { get; set; } = "";

    public double? Threshold { get; set; }

    /// <summary>Exact rules only: whether its links may join clusters unchecked (default true).</summary>
    public bool Strong { get; set; } = true;

    /// <summary>Exact rules only: email and phone keys carried by more records than this do not
    /// count (a switchboard); unset: no limit. See <see cref="ExactKeyRule.MaxKeyShare"/>.</summary>
    public int? MaxKeyShare { get; set; }
}
