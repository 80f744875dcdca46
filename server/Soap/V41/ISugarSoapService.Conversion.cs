using System.ServiceModel;
using System.Xml.Serialization;
using CrmIntegration.Server.Soap.V41.Contracts;

namespace CrmIntegration.Server.Soap.V41;

/// <summary>
/// Additions over SugarCRM's SOAP API (SugarCRM converts leads only in its web UI): lead and
/// target conversion, and a record's activity history.
/// </summary>
public partial interface ISugarSoapService
{
    /// <summary>
    /// Converts a lead into a contact and an account (existing ones linked when named by
    /// <c>contact_id</c>/<c>account_id</c> or found by exact match) and, with
    /// <c>create_opportunity=1</c>, an opportunity; moves its activities to the contact; marks it
    /// Converted. All or nothing. Options in <c>name_value_list</c>: account_id, account_name,
    /// contact_id, match_existing, create_opportunity, opportunity_name, opportunity_amount,
    /// sales_stage, date_closed. Faults: 11 session; 40 partners or a lead the user may not edit;
    /// 50 several existing records match; 1001 unknown lead or id, already converted, a bad option.
    /// </summary>
    [OperationContract(Name = "convert_lead", Action = Ns + "convert_lead"), FaultContract(typeof(ErrorValue))]
    Task<ConvertLeadResult> ConvertLeadAsync(string session, string lead_id, [XmlArrayItem("name_value")] NameValue[] name_value_list);

    /// <summary>
    /// Converts a target into a new lead (its person and company fields, plus the Leads values given
    /// in <c>name_value_list</c>); moves its activities to the lead and sets its <c>lead_id</c>.
    /// Faults: 11 session; 40 partners or a target the user may not edit; 1001 unknown target,
    /// already converted, an unknown Leads field or a bad value.
    /// </summary>
    [OperationContract(Name = "convert_prospect", Action = Ns + "convert_prospect"), FaultContract(typeof(ErrorValue))]
    Task<ConvertProspectResult> ConvertProspectAsync(string session, string prospect_id, [XmlArrayItem("name_value")] NameValue[] name_value_list);

    /// <summary>
    /// The record's Notes, Calls, Meetings and Tasks, oldest first, each at its start (calls,
    /// meetings), due date (tasks) or creation (notes). Faults: 11 session; 20 unknown module;
    /// 40 the record is not the user's to read; 1000 a module without activities; 1001 unknown id.
    /// </summary>
    [OperationContract(Name = "get_activity_history", Action = Ns + "get_activity_history"), FaultContract(typeof(ErrorValue))]
    Task<GetActivityHistoryResult> GetActivityHistoryAsync(string session, string module_name, string id);
}
