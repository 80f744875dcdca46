using System.ServiceModel;
using System.Xml.Serialization;
using CrmIntegration.Server.Soap.V41.Contracts;

namespace CrmIntegration.Benchmarks.Echo;

/// <summary>
/// The baseline: a no-op SOAP operation in the SugarCRM namespace style, served by SoapCore with the
/// same options as the real endpoint, so the difference to <c>get_entry</c> is the CRM's own work.
/// </summary>
[ServiceContract(Namespace = SugarNamespace.Value, Name = "benchecho")]
[XmlSerializerFormat(SupportFaults = true)]
public interface IEchoService
{
    [OperationContract(Name = "echo", Action = SugarNamespace.Value + "/echo")]
    Task<string> EchoAsync(string value);

    /// <summary>A no-op with <c>set_entry</c>'s parameters and result: the SOAP share of an intake call.</summary>
    [OperationContract(Name = "echo_entry", Action = SugarNamespace.Value + "/echo_entry")]
    Task<NewSetEntryResult> EchoEntryAsync(string session, string module_name, [XmlArrayItem("name_value")] NameValue[] name_value_list);
}
