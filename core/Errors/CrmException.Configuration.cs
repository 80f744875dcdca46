namespace CrmIntegration.Core.Errors;

/// <summary>
/// Messages about settings (core/Configuration). Each is one line that names the key, where its
/// value came from and what would be right, so an administrator can fix it without the source.
/// </summary>
public sealed partial class CrmException
{
    /// <summary>A value that cannot be read as the setting's type (a number, a duration, one of an enum's names).</summary>
    public static CrmException SettingNotUnderstood(string key, string value, string expected, string? source) =>
        Configuration($"{key} is '{value}'{From(source)}: give {expected}");

    /// <summary>A readable value outside what the setting allows.</summary>
    public static CrmException SettingOutOfRange(string key, string value, string allowed, string? source) =>
        Configuration($"{key} is {value}{From(source)}: it must be {allowed}");

    /// <summary>Any other problem with one setting; <paramref name="problem"/> says what is wrong and what would be right.</summary>
    public static CrmException SettingInvalid(string key, string problem, string? source) =>
        Configuration($"{key}{From(source)} {problem}");

    /// <summary>A key inside a known section that no setting answers to (usually a typo).</summary>
    public static CrmException UnknownSetting(string key, string parent, IEnumerable<string> known, string? source)
    {
        var names = known.ToList();
        var has = names.Count == 0 ? $"{parent} takes no keys below it" : $"{parent} has {string.Join(", ", names)}";
        return Configuration($"{key}{From(source)} is not a setting; {has}");
    }

    /// <summary>A key with children where one value is expected.</summary>
    public static CrmException SettingIsNotASection(string key, string? source) =>
        Configuration($"{key}{From(source)} is a single value, not a section: set {key} itself");

    /// <summary>A key of an earlier version that is no longer read; <paramref name="replacement"/> is written as the user would set it.</summary>
    public static CrmException RetiredSetting(string name, string replacement) =>
        Configuration($"{name} is no longer read; {replacement}");

    public static CrmException ConfigurationFileMissing(string origin, string path) =>
        Configuration($"{origin} names {path}, which does not exist (or is not a file)");

    public static CrmException ConfigurationFileUnreadable(string path, string reason) =>
        Configuration($"{path} cannot be read as JSON settings: {reason}");

    public static CrmException CommandLineSettingUnreadable(string reason) =>
        Configuration($"the command line cannot be read as settings (--Section:Key=value): {reason}");

    /// <summary>An assignment rule or team names a user the database does not have.</summary>
    public static CrmException AssignmentUserMissing(string key, string userName, IReadOnlyList<string> users, string? source)
    {
        const int Shown = 20;
        var listed = users.Count == 0 ? "there are no internal users yet"
            : "users: " + string.Join(", ", users.Take(Shown)) + (users.Count > Shown ? $" and {users.Count - Shown} more" : "");
        return Configuration($"{key}{From(source)} names user '{userName}' who does not exist ({listed}); "
            + $"add the user with 'crm users add {userName}' or correct the name");
    }

    /// <summary>An assignment target that is a partner: partners never work leads.</summary>
    public static CrmException AssignmentUserIsPartner(string key, string userName, string? source) =>
        Configuration($"{key}{From(source)} names user '{userName}', who is a partner; leads are assigned to internal users only");

    /// <summary>A <c>Partner</c> condition naming a user who is no partner (it could never match).</summary>
    public static CrmException AssignmentPartnerUnknown(string key, string userName, bool exists, string? source) =>
        Configuration(exists
            ? $"{key}{From(source)} names '{userName}', who is not a partner, so the rule could never apply; name a user whose role is partner"
            : $"{key}{From(source)} names partner '{userName}' who does not exist; "
                + $"add the partner with 'crm users add {userName} --role partner' or correct the name");

    /// <summary>A <c>Storage:Provider</c> this build cannot open.</summary>
    public static CrmException UnknownStorageProvider(string provider, IEnumerable<string> known) =>
        Configuration($"Storage:Provider is '{provider}', which is not a storage provider: use {string.Join(" or ", known)}");

    /// <summary>The store <c>Storage:Provider</c> names is not installed beside this program.</summary>
    public static CrmException StorageProviderMissing(string provider, string assembly) =>
        Configuration($"Storage:Provider is '{provider}', but {assembly}.dll is not installed beside this program; "
            + "install the full build, or use Storage:Provider=LiteDb");

    /// <summary>The configured database file cannot be opened (a directory, no permission, a full disk).</summary>
    public static CrmException DatabaseUnavailable(string path, string reason) =>
        new(CrmErrorCode.ResourceManagementError, $"the database {path} (Storage:Path) cannot be opened: {reason}");

    private static CrmException Configuration(string message) =>
        new(CrmErrorCode.BadConfiguration, "configuration: " + message);

    private static string From(string? source) => source is null or "default" ? "" : $" (from {source})";
}
