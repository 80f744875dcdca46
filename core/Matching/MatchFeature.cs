namespace CrmIntegration.Core.Matching;

/// <summary>
/// What a rule compares. Flags, so a rule's fields (<c>name+phone</c>) and a blocking key's parts are
/// one value.
/// </summary>
[Flags]
public enum MatchFeature
{
    None = 0,

    /// <summary>Any normalised email key in common (email1/email2).</summary>
    Email = 1,

    /// <summary>Any normalised phone key in common (every phone field of the module).</summary>
    Phone = 2,

    /// <summary>The folded, order-free person name key.</summary>
    Name = 4,

    /// <summary>The company key (legal form set apart).</summary>
    Company = 8,
}
