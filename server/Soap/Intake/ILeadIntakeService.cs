using System.ServiceModel;
using System.Xml.Serialization;
using CrmIntegration.Server.Soap.Intake.Contracts;
using CrmIntegration.Server.Soap.V41.Contracts;

namespace CrmIntegration.Server.Soap.Intake;

/// <summary>
/// Partner lead intake, typed (<c>/LeadIntake.svc</c>). Every operation but <see cref="LoginAsync"/>
/// takes a <c>session</c> (from <see cref="LoginAsync"/> or v4_1 <c>login</c>) or, with an empty
/// session, a WS-Security UsernameToken (PasswordText) in the SOAP header. Faults carry SugarCRM's
/// <see cref="ErrorValue"/>: 10 Invalid Login, 11 Invalid Session ID, 40 Access Denied,
/// 1001 Invalid data, 1009 account locked. A partner sees only the leads it submitted.
/// </summary>
[ServiceContract(Namespace = IntakeNamespace.Value, Name = "LeadIntake")]
[XmlSerializerFormat(SupportFaults = true)]
public interface ILeadIntakeService
{
    /// <summary>
    /// Opens a session, shared with the v4_1 service. <c>password</c> is the MD5 hex of the password,
    /// or the password itself with <c>encryption</c> = <c>PLAIN</c>.
    /// </summary>
    /// <exception cref="FaultException{ErrorValue}">10 wrong user name or password; 1009 locked.</exception>
    [OperationContract(Name = "Login", Action = Ns + "Login"), FaultContract(typeof(ErrorValue))]
    Task<string> LoginAsync(string user_name, string password, string encryption);

    /// <summary>Submits one lead: Created, Duplicate, Existing or Rejected, never a fault for the lead's own data.</summary>
    /// <exception cref="FaultException{ErrorValue}">10/11 authentication; 1001 no lead given.</exception>
    [OperationContract(Name = "SubmitLead", Action = Ns + "SubmitLead"), FaultContract(typeof(ErrorValue))]
    Task<LeadReceipt> SubmitLeadAsync(string session, LeadSubmission lead);

    /// <summary>Submits 1 to 500 leads; one receipt each, in order; one lead's failure does not fail the others.</summary>
    /// <exception cref="FaultException{ErrorValue}">10/11 authentication; 1001 an empty batch or more than 500 leads.</exception>
    [OperationContract(Name = "SubmitLeads", Action = Ns + "SubmitLeads"), FaultContract(typeof(ErrorValue))]
    Task<LeadReceipt[]> SubmitLeadsAsync(string session, [XmlArrayItem("LeadSubmission")] LeadSubmission[] leads);

    /// <summary>A lead's status by <c>id</c> or by the caller's own <c>partner_ref</c>.</summary>
    /// <exception cref="FaultException{ErrorValue}">10/11 authentication; 1001 no such lead among those the caller may see.</exception>
    [OperationContract(Name = "GetLeadStatus", Action = Ns + "GetLeadStatus"), FaultContract(typeof(ErrorValue))]
    Task<LeadStatus> GetLeadStatusAsync(string session, string id, string partner_ref);

    /// <summary>The caller's leads entered at or after <c>since</c>, oldest first, 100 per page (<c>page</c> from 1).</summary>
    /// <exception cref="FaultException{ErrorValue}">10/11 authentication; 1001 a page below 1.</exception>
    [OperationContract(Name = "ListMySubmissions", Action = Ns + "ListMySubmissions"), FaultContract(typeof(ErrorValue))]
    Task<SubmissionPage> ListMySubmissionsAsync(string session, DateTime since, int page);

    private const string Ns = IntakeNamespace.Value + "/";
}
