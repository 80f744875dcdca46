namespace CrmIntegration.Core.Errors;

/// <summary>
/// Error numbers, identical to SugarCRM's <c>soap/SoapErrorDefinitions.php</c> so that existing
/// integrations that switch on the number keep working.
/// </summary>
public enum CrmErrorCode
{
    Unknown = -1,

    /// <summary>
    /// Not SugarCRM's: a setting is wrong (core/Configuration). Raised while a host starts, never
    /// sent to a SOAP client; the CLI exits with its own code for it.
    /// </summary>
    BadConfiguration = -2,
    InvalidLogin = 10,
    InvalidSessionId = 11,
    ModuleDoesNotExist = 20,
    ModuleNotSupported = 30,
    RelationshipNotSupported = 31,
    AccessDenied = 40,
    DuplicateRecords = 50,
    NoRecords = 51,
    ResourceManagementError = 90,
    InvalidCall = 1000,
    InvalidData = 1001,
    PasswordExpired = 1008,
    AccountLocked = 1009,

    /// <summary>
    /// Not a SugarCRM number (SugarCRM has none for it, and no SOAP client ever sees it): the database
    /// file exists but is not a database this store can open. Raised while opening the store, so by
    /// the server at start-up and by <c>crm</c> (exit code 8).
    /// </summary>
    NotADatabase = 9001,

    /// <summary>
    /// Not a SugarCRM number: the configured database server (<c>Storage:Provider=PostgreSql</c>)
    /// cannot be reached, refused the login, or lacks a privilege the store needs. Raised while
    /// opening the store (the server refuses to start; <c>crm</c> exits with code 14), and by any
    /// store call while the database is out of reach: SOAP clients then get this number with a
    /// description that names no host (the server's log has the rest), and may send the call again.
    /// </summary>
    DatabaseUnreachable = 9002,
}
