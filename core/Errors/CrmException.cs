namespace CrmIntegration.Core.Errors;

/// <summary>
/// The one exception core throws for errors a caller can act on. Adapters translate it: the SOAP
/// server into a fault carrying <see cref="Code"/>, the CLI into one stderr line and an exit code.
/// Every message is written by a factory below, so wording lives in one file.
/// </summary>
public sealed partial class CrmException : Exception
{
    private CrmException(CrmErrorCode code, string message)
        : base(message)
    {
        Code = code;
    }

    public CrmErrorCode Code { get; }

    /// <summary>SugarCRM's short name for the code (the SOAP faultstring).</summary>
    public string Name => NameOf(Code);

    public static string NameOf(CrmErrorCode code) => code switch
    {
        CrmErrorCode.InvalidLogin => "Invalid Login",
        CrmErrorCode.InvalidSessionId => "Invalid Session ID",
        CrmErrorCode.ModuleDoesNotExist => "Module Does Not Exist",
        CrmErrorCode.ModuleNotSupported => "Module Not Supported",
        CrmErrorCode.RelationshipNotSupported => "Relationship Not Supported",
        CrmErrorCode.AccessDenied => "Access Denied",
        CrmErrorCode.DuplicateRecords => "Duplicate Records",
        CrmErrorCode.NoRecords => "No Records",
        CrmErrorCode.ResourceManagementError => "Resource Management Error",
        CrmErrorCode.InvalidCall => "Invalid call",
        CrmErrorCode.InvalidData => "Invalid data",
        CrmErrorCode.PasswordExpired => "Password Expired",
        CrmErrorCode.AccountLocked => "Account Locked",
        CrmErrorCode.BadConfiguration => "Bad Configuration",
        CrmErrorCode.NotADatabase => "Not A Database",
        CrmErrorCode.DatabaseUnreachable => "Database Unreachable",
        _ => "Unknown Error",
    };

    public static CrmException InvalidLogin() =>
        new(CrmErrorCode.InvalidLogin, "Login attempt failed please check the username and password");

    public static CrmException AccountLocked(DateTimeOffset until) =>
        new(CrmErrorCode.AccountLocked,
            $"Too many failed login attempts: the account is locked until {until.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC");

    public static CrmException UserDisabled(string userName) =>
        new(CrmErrorCode.InvalidLogin, $"Login attempt failed: user '{userName}' is inactive");

    public static CrmException InvalidSession() =>
        new(CrmErrorCode.InvalidSessionId, "The session ID is invalid or has expired; log in again");

    public static CrmException ModuleDoesNotExist(string module) =>
        new(CrmErrorCode.ModuleDoesNotExist, $"Module '{module}' is not available on this server");

    /// <summary>The module exists but the operation does not apply to it (e.g. duplicate checks on Notes).</summary>
    public static CrmException ModuleNotSupported(string module, string operation, IEnumerable<string> supported) =>
        new(CrmErrorCode.ModuleNotSupported,
            $"{operation} does not support module '{module}'; it supports {string.Join(", ", supported)}");

    /// <summary>A duplicate check was given no email, phone, name or company it could use.</summary>
    public static CrmException NothingToMatch(string module, IEnumerable<string> fields) =>
        InvalidData($"name_value_list has nothing to match {module} on: give at least one of {string.Join(", ", fields)} " +
            "(an unparseable email or phone counts as missing)");

    public static CrmException AccessDenied(string reason) =>
        new(CrmErrorCode.AccessDenied, $"You do not have access: {reason}");

    public static CrmException PartnersCannotDelete(string module) =>
        AccessDenied($"partners cannot delete {module} records; ask the CRM's administrators to remove one");

    /// <summary>A user is being added to a database without users, and not as an administrator.</summary>
    public static CrmException FirstUserMustBeAdmin() =>
        InvalidData("the database has no users yet: add an administrator first (role admin); nobody could administer the CRM otherwise");

    public static CrmException QueryRefused(string what) =>
        new(CrmErrorCode.AccessDenied, $"Query refused: {what}");

    /// <summary>The request named no operation of the service (a wrong or missing SOAPAction).</summary>
    public static CrmException UnknownOperation(string action) =>
        new(CrmErrorCode.InvalidCall,
            $"No operation of this service answers to SOAPAction '{action}'; the WSDL (?wsdl) lists each operation's action");

    public static CrmException InvalidData(string message) =>
        new(CrmErrorCode.InvalidData, $"Invalid data: {message}");

    public static CrmException RequiredFieldMissing(string module, string field) =>
        InvalidData($"{module}.{field} is required");

    public static CrmException UnknownRecord(string module, string id) =>
        InvalidData($"{module} record '{id}' does not exist (use new_with_id=1 to create a record with a chosen id)");

    public static CrmException UnknownLink(string module, string link) =>
        new(CrmErrorCode.RelationshipNotSupported, $"Module '{module}' has no link named '{link}'");

    public static CrmException NoRecords(string what) =>
        new(CrmErrorCode.NoRecords, $"No records were found: {what}");

    public static CrmException Duplicate(string module, string existingId, string reason) =>
        new(CrmErrorCode.DuplicateRecords, $"{module} duplicates existing record {existingId}: {reason}");

    public static CrmException ModuleCannotMerge(string module) =>
        InvalidData($"{module} records cannot be merged (only modules with a merged_into field can)");

    public static CrmException MergeNeedsTwo(string module, int count) =>
        InvalidData($"a merge needs at least 2 distinct {module} records, got {count}");

    public static CrmException MergeRepeatedIds(string module, IEnumerable<string> ids) =>
        InvalidData($"{module} ids given more than once: {string.Join(", ", ids)}");

    public static CrmException MergeUnknownRecords(string module, IEnumerable<string> ids) =>
        InvalidData($"{module} records do not exist: {string.Join(", ", ids)}");

    /// <summary>Ids found in another module: one merge joins records of one module only.</summary>
    public static CrmException MergeMixedModules(string module, IEnumerable<string> idsWithModules) =>
        InvalidData($"one merge takes records of one module, but these are not {module} records: {string.Join(", ", idsWithModules)}");

    public static CrmException MergeRecordsNotLive(string module, IEnumerable<string> reasons) =>
        InvalidData($"{module} records cannot be merged again: {string.Join("; ", reasons)}");

    /// <summary>Converted leads are history (what they became lives on as a contact and an account), never merged.</summary>
    public static CrmException MergeConvertedLeads(IEnumerable<string> leads) =>
        InvalidData($"converted leads are history and are not merged: {string.Join("; ", leads)}; merge the other leads " +
            "(a lead for someone who is already a contact is converted, linking that contact, instead)");

    public static CrmException MergeMasterNotInGroup(string module, string master, IEnumerable<string> ids) =>
        InvalidData($"the master {module} {master} is not one of the merged records ({string.Join(", ", ids)})");

    public static CrmException CannotSearchDuplicates(string module, IEnumerable<string> searchable) =>
        InvalidData($"duplicates are searched in {string.Join(", ", searchable)}, not in {module}");

    public static CrmException UnknownMerge(string mergeId) =>
        InvalidData($"no merge has the id '{mergeId}' (crm dedupe list shows them)");

    public static CrmException MergeAlreadyUndone(string mergeId, DateTime undoneUtc, string? userId) =>
        InvalidData($"merge {mergeId} was already undone on {undoneUtc:yyyy-MM-dd HH:mm:ss} UTC by {userId ?? "unknown user"}");

    /// <summary>Undo would overwrite later changes; each line names a record or row, the merge's value and today's.</summary>
    public static CrmException MergeChangedSince(string mergeId, IReadOnlyList<string> changes)
    {
        const int Shown = 10;
        var listed = string.Join("; ", changes.Take(Shown));
        var more = changes.Count > Shown ? $"; and {changes.Count - Shown} more" : "";
        return InvalidData($"merge {mergeId} cannot be undone: {listed}{more}; use --force to overwrite");
    }

    public static CrmException NotADatabase(string path, string expected) =>
        new(CrmErrorCode.NotADatabase, $"{path} is not a CrmIntegration ({expected}) database; it was left untouched");

    /// <summary>A backup (or a copy being checked) that does not read as a CrmIntegration database.</summary>
    public static CrmException NotACrmBackup(string path, string why) =>
        new(CrmErrorCode.NotADatabase, $"{path} is not a CrmIntegration database ({why.TrimEnd('.')}); nothing was changed");

    /// <summary>The database server cannot be reached or refused the store (<paramref name="where"/> without its password).</summary>
    public static CrmException DatabaseUnreachable(string where, string reason) =>
        new(CrmErrorCode.DatabaseUnreachable,
            $"the database {where} (Storage:ConnectionString) cannot be used: {reason.TrimEnd('.')}; nothing was read or written");

    /// <summary>The database server stopped answering while the store was open (<paramref name="where"/> without its password).</summary>
    public static CrmException DatabaseLost(string where, string reason) =>
        new(CrmErrorCode.DatabaseUnreachable,
            $"the database {where} (Storage:ConnectionString) cannot be reached: {reason.TrimEnd('.')}; what was under way was not completed: run or send it again once the database is back");

    /// <summary>Another process holds the database file.</summary>
    public static CrmException DatabaseInUse(string path, string holder) =>
        new(CrmErrorCode.ResourceManagementError,
            $"Database {path} is in use by another process ({holder}): another crm command (wait for it), or a server that does not take crm commands (Admin:Enabled=false)");
}
