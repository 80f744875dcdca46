using System.ServiceModel;
using System.Xml.Serialization;
using CrmIntegration.Server.Soap.V41.Contracts;

namespace CrmIntegration.Server.Soap.V41;

/// <summary>
/// SugarCRM v4_1's SOAP API with its operation names, parameter names and order, and result type
/// names, served document/literal. Every operation faults with <see cref="ErrorValue"/> carrying
/// SugarCRM's number: 10 Invalid Login, 11 Invalid Session ID, 20 Module Does Not Exist,
/// 30 Module Not Supported (find_duplicates), 31 Relationship Not Supported, 40 Access Denied (also
/// refused queries), 1001 Invalid data, 1009 account locked. Task-based so that load clients do not block threads.
/// </summary>
[ServiceContract(Namespace = SugarNamespace.Value, Name = "sugarsoap")]
[XmlSerializerFormat(SupportFaults = true)]
public partial interface ISugarSoapService
{
    /// <summary>Logs in; <c>user_auth.password</c> is the MD5 hex of the password. Returns the session id in <c>id</c>.</summary>
    [OperationContract(Name = "login", Action = Ns + "login"), FaultContract(typeof(ErrorValue))]
    Task<EntryValue> LoginAsync(UserAuth user_auth, string application_name, [XmlArrayItem("name_value")] NameValue[] name_value_list);

    [OperationContract(Name = "logout", Action = Ns + "logout"), FaultContract(typeof(ErrorValue))]
    Task LogoutAsync(string session);

    [OperationContract(Name = "get_server_info", Action = Ns + "get_server_info"), FaultContract(typeof(ErrorValue))]
    Task<GetServerInfoResult> GetServerInfoAsync();

    [OperationContract(Name = "get_user_id", Action = Ns + "get_user_id"), FaultContract(typeof(ErrorValue))]
    Task<string> GetUserIdAsync(string session);

    /// <summary>Modules the user may use, with the actions allowed; <c>filter</c> is accepted for compatibility.</summary>
    [OperationContract(Name = "get_available_modules", Action = Ns + "get_available_modules"), FaultContract(typeof(ErrorValue))]
    Task<ModuleList> GetAvailableModulesAsync(string session, string filter);

    /// <summary>A module's fields (types, required, options, labels) and links; all fields when <c>fields</c> is empty.</summary>
    [OperationContract(Name = "get_module_fields", Action = Ns + "get_module_fields"), FaultContract(typeof(ErrorValue))]
    Task<NewModuleFields> GetModuleFieldsAsync(string session, string module_name, [XmlArrayItem("string")] string[] fields);

    /// <summary>Creates a record, or updates the one named by <c>id</c> (unknown id: fault 1001 unless <c>new_with_id=1</c>).</summary>
    [OperationContract(Name = "set_entry", Action = Ns + "set_entry"), FaultContract(typeof(ErrorValue))]
    Task<NewSetEntryResult> SetEntryAsync(string session, string module_name, [XmlArrayItem("name_value")] NameValue[] name_value_list);

    /// <summary>Writes each record on its own; <c>ids</c> is parallel to the input and failures are listed in <c>errors</c>.</summary>
    [OperationContract(Name = "set_entries", Action = Ns + "set_entries"), FaultContract(typeof(ErrorValue))]
    Task<NewSetEntriesResult> SetEntriesAsync(string session, string module_name, [XmlArrayItem("name_value_list")] NameValueListItem[] name_value_lists);

    [OperationContract(Name = "get_entry", Action = Ns + "get_entry"), FaultContract(typeof(ErrorValue))]
    Task<GetEntryResultVersion2> GetEntryAsync(
        string session, string module_name, string id, [XmlArrayItem("string")] string[] select_fields,
        [XmlArrayItem("link_name_to_fields_array")] LinkNameToFieldsArray[] link_name_to_fields_array, bool track_view);

    /// <summary>Records by id, in the order asked; a missing or deleted id comes back as SugarCRM's warning entry.</summary>
    [OperationContract(Name = "get_entries", Action = Ns + "get_entries"), FaultContract(typeof(ErrorValue))]
    Task<GetEntryResultVersion2> GetEntriesAsync(
        string session, string module_name, [XmlArrayItem("string")] string[] ids, [XmlArrayItem("string")] string[] select_fields,
        [XmlArrayItem("link_name_to_fields_array")] LinkNameToFieldsArray[] link_name_to_fields_array, bool track_view);

    /// <summary>A page of records matching a SugarCRM <c>query</c> (parsed safely; anything else is fault 40).</summary>
    [OperationContract(Name = "get_entry_list", Action = Ns + "get_entry_list"), FaultContract(typeof(ErrorValue))]
    Task<GetEntryListResultVersion2> GetEntryListAsync(
        string session, string module_name, string query, string order_by, int offset, [XmlArrayItem("string")] string[] select_fields,
        [XmlArrayItem("link_name_to_fields_array")] LinkNameToFieldsArray[] link_name_to_fields_array, int max_results, int deleted, bool favorites);

    [OperationContract(Name = "get_entries_count", Action = Ns + "get_entries_count"), FaultContract(typeof(ErrorValue))]
    Task<GetEntriesCountResult> GetEntriesCountAsync(string session, string module_name, string query, int deleted);

    /// <summary>Links (or with <c>delete=1</c> unlinks) records through a link of the module.</summary>
    [OperationContract(Name = "set_relationship", Action = Ns + "set_relationship"), FaultContract(typeof(ErrorValue))]
    Task<NewSetRelationshipListResult> SetRelationshipAsync(
        string session, string module_name, string module_id, string link_field_name, [XmlArrayItem("string")] string[] related_ids,
        [XmlArrayItem("name_value")] NameValue[] name_value_list, int delete);

    /// <summary><c>set_relationship</c> over parallel arrays.</summary>
    [OperationContract(Name = "set_relationships", Action = Ns + "set_relationships"), FaultContract(typeof(ErrorValue))]
    Task<NewSetRelationshipListResult> SetRelationshipsAsync(
        string session, [XmlArrayItem("string")] string[] module_names, [XmlArrayItem("string")] string[] module_ids, [XmlArrayItem("string")] string[] link_field_names,
        [XmlArrayItem("select_fields")] SelectFieldsList[] related_ids, [XmlArrayItem("name_value_list")] NameValueListItem[] name_value_lists, [XmlArrayItem("int")] int[] delete_array);

    /// <summary>The records related to one record through a link, filtered, ordered and paged.</summary>
    [OperationContract(Name = "get_relationships", Action = Ns + "get_relationships"), FaultContract(typeof(ErrorValue))]
    Task<GetEntryResultVersion2> GetRelationshipsAsync(
        string session, string module_name, string module_id, string link_field_name, string related_module_query,
        [XmlArrayItem("string")] string[] related_fields, [XmlArrayItem("link_name_to_fields_array")] LinkNameToFieldsArray[] related_module_link_name_to_fields_array, int deleted,
        string order_by, int offset, int limit);

    /// <summary>Records whose names, emails or phones start with the search string, per module.</summary>
    [OperationContract(Name = "search_by_module", Action = Ns + "search_by_module"), FaultContract(typeof(ErrorValue))]
    Task<ReturnSearchResult> SearchByModuleAsync(
        string session, string search_string, [XmlArrayItem("string")] string[] modules, int offset, int max_results, string assigned_user_id,
        [XmlArrayItem("string")] string[] select_fields, bool unified_search_only, bool favorites);

    /// <summary>
    /// An addition to SugarCRM's API: the existing Leads, Contacts and Accounts that a record of
    /// <c>module_name</c> (Leads, Contacts or Accounts) with these fields would duplicate, best first,
    /// each with its score and the rule that matched. Only records the caller may read are reported;
    /// a partner sees matches among its own Leads only. Faults: 11 bad session; 20 unknown module;
    /// 30 a module without duplicate matching; 40 a module the user may not use; 1001 nothing to match on.
    /// </summary>
    [OperationContract(Name = "find_duplicates", Action = Ns + "find_duplicates"), FaultContract(typeof(ErrorValue))]
    Task<FindDuplicatesResult> FindDuplicatesAsync(string session, string module_name, [XmlArrayItem("name_value")] NameValue[] name_value_list);

    private const string Ns = SugarNamespace.Value + "/";
}
