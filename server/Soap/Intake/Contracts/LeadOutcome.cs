using System.Xml.Serialization;

namespace CrmIntegration.Server.Soap.Intake.Contracts;

/// <summary>What became of a submission (core's <c>LeadOutcome</c> on the wire).</summary>
[XmlType("LeadOutcome", Namespace = IntakeNamespace.Value)]
public enum LeadOutcome
{
    /// <summary>A new lead was stored; <c>warnings</c> may name possible duplicates.</summary>
    Created,

    /// <summary>Not stored: it duplicates <c>duplicate_of</c> under a rule set to block (error 50).</summary>
    Duplicate,

    /// <summary>Not stored again: this partner_ref was submitted before; <c>id</c> is that lead.</summary>
    Existing,

    /// <summary>Not stored: <c>error</c> says why (1001 naming the field, 40, …).</summary>
    Rejected,
}
