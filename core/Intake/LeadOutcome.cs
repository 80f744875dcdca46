namespace CrmIntegration.Core.Intake;

/// <summary>What became of one submitted lead.</summary>
public enum LeadOutcome
{
    /// <summary>A new lead was stored (possibly with duplicate warnings).</summary>
    Created,

    /// <summary>Not stored: it duplicates an existing record under a <see cref="DuplicateAction.Block"/> rule.</summary>
    Duplicate,

    /// <summary>Not stored again: the submitter sent this partner reference before; the receipt names that lead.</summary>
    Existing,

    /// <summary>Not stored: invalid data or not allowed; the receipt's error says why.</summary>
    Rejected,
}
