using System.Reflection;
using System.ServiceModel.Channels;
using System.Xml;
using CrmIntegration.Core.Errors;
using SoapCore;
using SoapCore.Extensibility;

namespace CrmIntegration.Server.Soap.Faults;

/// <summary>
/// Turns whatever an operation threw into the SOAP fault: core's <see cref="CrmException"/> with its
/// SugarCRM number, anything else as fault -1 with a trace id instead of a stack trace. Only the
/// latter is logged as an error, with its stack trace; the caller's own errors are one line each.
/// </summary>
public sealed class CrmFaultTransformer(ILogger<CrmFaultTransformer> logger) : IFaultExceptionTransformer
{
    // SoapCore reports an unknown SOAPAction only through this message text (SoapEndpointMiddleware).
    private const string NoOperationPrefix = "No operation found for specified action:";

    public Message ProvideFault(Exception exception, MessageVersion messageVersion, Message requestMessage, ConcurrentXmlNamespaceLookup xmlNamespaceManager)
    {
        var fault = Unwrap(exception) switch
        {
            CrmException { Code: CrmErrorCode.DatabaseUnreachable } down => Outage(down),
            CrmException crm => Routine(CrmFaults.From(crm)),
            // XmlSerializer wraps what it cannot read in "There is an error in XML document": bad XML,
            // or a value not of its element's type (a boolean that is not one, an int too large).
            XmlException or InvalidOperationException { InnerException: XmlException or FormatException or OverflowException } =>
                Routine(Unreadable(Unwrap(exception))),
            InvalidOperationException e when e.Message.StartsWith(NoOperationPrefix, StringComparison.Ordinal) =>
                Routine(CrmFaults.From(CrmException.UnknownOperation(e.Message[NoOperationPrefix.Length..].Trim()))),
            var other => Unexpected(other),
        };
        // No action: a WS-Addressing Action header in the reply breaks WCF clients on BasicHttpBinding.
        return Message.CreateMessage(messageVersion, (string?)null, new FaultBodyWriter(fault));
    }

    /// <summary>A request the SOAP layer could not read is the caller's error: say what was wrong with it.</summary>
    private static CrmFaults.Fault Unreadable(Exception exception) =>
        CrmFaults.From(CrmException.InvalidData(exception is InvalidOperationException { InnerException: { } inner }
            ? $"the request could not be read ({exception.Message.TrimEnd('.')}): {inner.Message}"
            : $"the request could not be read: {exception.Message}"));

    /// <summary>
    /// The caller's mistake (a wrong password, a bad session, invalid data, a refused query): one line
    /// at Information, no stack trace, so real failures stand out in the log.
    /// </summary>
    private CrmFaults.Fault Routine(CrmFaults.Fault fault)
    {
        CrmFaults.LogRoutine(logger, fault);
        return fault;
    }

    /// <summary>The database is out of reach: a warning for the operator naming it, a fault for the caller that does not.</summary>
    private CrmFaults.Fault Outage(CrmException down)
    {
        logger.LogWarning("SOAP call failed: {Reason}", down.Message);
        return CrmFaults.DatabaseUnreachable;
    }

    private CrmFaults.Fault Unexpected(Exception exception)
    {
        var traceId = Guid.NewGuid().ToString("N")[..12];
        logger.LogError(exception, "SOAP call failed, trace id {TraceId}", traceId);
        return CrmFaults.Unexpected(traceId);
    }

    private static Exception Unwrap(Exception e) =>
        e is TargetInvocationException or AggregateException && e.InnerException is { } inner ? Unwrap(inner) : e;

    private sealed class FaultBodyWriter(CrmFaults.Fault fault) : BodyWriter(isBuffered: true)
    {
        protected override void OnWriteBodyContents(XmlDictionaryWriter writer) => CrmFaults.WriteFault(writer, fault);
    }
}
