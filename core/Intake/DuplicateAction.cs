namespace CrmIntegration.Core.Intake;

/// <summary>What intake does with a lead that matches an existing record.</summary>
public enum DuplicateAction
{
    /// <summary>Create it; say nothing.</summary>
    Allow,

    /// <summary>Create it, and tell the submitter which record it may duplicate.</summary>
    Warn,

    /// <summary>Refuse it (fault 50 Duplicate Records), naming the existing record.</summary>
    Block,
}
