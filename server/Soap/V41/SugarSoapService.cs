using System.Globalization;
using CrmIntegration.Core;
using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Security;
using CrmIntegration.Server.Soap.V41.Contracts;

namespace CrmIntegration.Server.Soap.V41;

/// <summary>
/// The v4_1 service: an adapter that checks the session, translates contract types and calls core.
/// Business rules and access checks live in core; faults are made by <see cref="Faults.CrmFaultTransformer"/>.
/// Split by area into partial files.
/// </summary>
public sealed partial class SugarSoapService(CrmCore core) : ISugarSoapService
{
    /// <summary>The SugarCRM release whose API this service reproduces; clients check it.</summary>
    public const string CompatibleSugarVersion = "6.5.0";

    public Task<EntryValue> LoginAsync(UserAuth user_auth, string application_name, NameValue[] name_value_list)
    {
        var plain = string.Equals(user_auth?.Encryption, "PLAIN", StringComparison.OrdinalIgnoreCase);
        var session = core.Auth.Login(user_auth?.UserName, user_auth?.Password, plain);
        var user = session.User;
        return Task.FromResult(new EntryValue
        {
            Id = session.Id,
            ModuleName = UserDirectory.Module,
            NameValueList =
            [
                new("user_id", user.Id),
                new("user_name", user.UserName),
                new("user_language", "en_us"),
                new("user_currency_id", "-99"),
                new("user_currency_name", "VND"),
                new("user_is_admin", user.IsAdmin ? "1" : "0"),
                new("user_default_team_id", ""),
                new("user_default_dateformat", "Y-m-d"),
                new("user_default_timeformat", "H:i"),
                new("user_number_seperator", ","),
                new("user_decimal_seperator", "."),
                new("mobile_max_list_entries", "10"),
                new("mobile_max_subpanel_entries", "3"),
                new("user_role", user.Role.Key()),
            ],
        });
    }

    public Task LogoutAsync(string session)
    {
        core.Auth.Validate(session);
        core.Auth.Logout(session);
        return Task.CompletedTask;
    }

    public Task<GetServerInfoResult> GetServerInfoAsync() => Task.FromResult(new GetServerInfoResult
    {
        Flavor = "CE",
        Version = CompatibleSugarVersion,
        GmtTime = core.Clock.GetUtcNow().UtcDateTime.ToString(CrmFormats.DateTime, CultureInfo.InvariantCulture),
    });

    public Task<string> GetUserIdAsync(string session) => Task.FromResult(core.Auth.Validate(session).Id);

    private CrmUser User(string session) => core.Auth.Validate(session);

    private static bool IncludeDeleted(int deleted) => deleted != 0;

    private static CrmException MissingArgument(string name) => CrmException.InvalidData($"{name} is required");
}
