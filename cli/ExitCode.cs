namespace CrmIntegration.Cli;

/// <summary>
/// The process exit codes of <c>crm</c>. Scripts switch on these numbers, so they never change
/// meaning; new ones are added at the end. Documented in <c>README.md</c>.
/// </summary>
public enum ExitCode
{
    /// <summary>The command did what was asked.</summary>
    Ok = 0,

    /// <summary>
    /// An unexpected error: a bug, with a stack trace, or a file that cannot be read or written (one
    /// line naming it). Also a job run by <c>crm jobs run</c> that failed: one line with the run's summary.
    /// </summary>
    Failure = 1,

    /// <summary>Bad command line: unknown command or option, missing or malformed argument, conflicting options.</summary>
    Usage = 2,

    /// <summary>Something named on the command line does not exist (a user name, a <c>--reports-to</c> manager).</summary>
    NotFound = 3,

    /// <summary>Another process (usually the running server) holds the database; nothing was read or written.</summary>
    DatabaseInUse = 4,

    /// <summary>
    /// The core refused the data: a password shorter than 8 characters, an unknown role, a user name
    /// already taken, a reporting cycle, disabling the last active administrator.
    /// </summary>
    InvalidData = 5,

    /// <summary>
    /// There is no database at <c>--db</c> (or it is a directory). Read-only commands never create one;
    /// <c>crm users add</c> does.
    /// </summary>
    DatabaseMissing = 6,

    /// <summary>The core refused the operation for access reasons (CRM fault 40).</summary>
    AccessDenied = 7,

    /// <summary>The file at <c>--db</c> is not a LiteDB database (or is empty); it is left untouched.</summary>
    NotADatabase = 8,

    /// <summary>
    /// <c>crm mail deliver</c> could not send some mail: it stays queued for a later run (or, if refused
    /// for good, is marked failed); stderr names each one.
    /// </summary>
    DeliveryFailed = 9,

    /// <summary>
    /// <c>crm dedupe undo</c> refused: records or links changed after the merge, and undoing it would
    /// overwrite those changes. The message lists them; <c>--force</c> undoes anyway.
    /// </summary>
    UndoRefused = 10,

    /// <summary>
    /// A setting is wrong (unreadable, out of range, an unknown key in a known section, a retired one
    /// such as <c>CRM_DB</c>, a missing <c>--config</c> file); the message names the key, where its
    /// value came from and what would be right. Nothing was read or written.
    /// </summary>
    BadConfiguration = 11,

    /// <summary>
    /// <c>crm jobs run</c> (or <c>crm mail deliver</c>) refused: another run of the job holds it (the
    /// server's scheduled run, or another <c>crm</c>). The message names who runs it and since when;
    /// nothing was run. A runner that died holds the job until its lease expires (2 minutes).
    /// </summary>
    JobRunning = 12,

    /// <summary>
    /// The command was to run on a server (the one holding the database, or <c>--server</c>) and that
    /// server refused it (wrong token or credentials, not an administrator, remote administration not
    /// allowed) or stopped answering; the message says which. Run by this process, nothing was changed.
    /// </summary>
    ServerRefused = 13,

    /// <summary>
    /// The PostgreSQL database (<c>Storage:Provider=PostgreSql</c>) cannot be used: the server does not
    /// answer, refuses the login, or denies a privilege the store needs. The message names the database
    /// (never the password) and PostgreSQL's reason; nothing was read or written.
    /// </summary>
    DatabaseUnreachable = 14,

    /// <summary>
    /// <c>crm db copy</c> refused: the target database already holds data; nothing was written. Add
    /// <c>--force</c> to empty it (PostgreSQL) or move it aside (a LiteDB file) first.
    /// </summary>
    TargetNotEmpty = 15,

    /// <summary>Interrupted by Ctrl+C or SIGTERM before any change was written (128 + SIGINT, as shells report).</summary>
    Cancelled = 130,
}
