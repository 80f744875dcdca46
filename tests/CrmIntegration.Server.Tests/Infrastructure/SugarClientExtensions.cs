using System.ServiceModel;
using CrmIntegration.Core.Security;
using CrmIntegration.Server.Soap.V41;
using CrmIntegration.Server.Soap.V41.Contracts;

namespace CrmIntegration.Server.Tests.Infrastructure;

/// <summary>Short forms of the calls tests make again and again.</summary>
public static class SugarClientExtensions
{
    public static async Task<string> LoginAsync(this ISugarSoapService client, string userName, string password) =>
        (await client.LoginAsync(new UserAuth { UserName = userName, Password = PasswordHasher.Md5Hex(password) }, "tests", [])).Id!;

    public static async Task<string> SetAsync(this ISugarSoapService client, string session, string module, params (string Name, string Value)[] values) =>
        (await client.SetEntryAsync(session, module, values.Select(v => new NameValue(v.Name, v.Value)).ToArray())).Id!;

    public static string? Value(this EntryValue entry, string name) =>
        entry.NameValueList.FirstOrDefault(nv => nv.Name == name)?.Value;

    public static string? Value(this DuplicateEntry entry, string name) =>
        entry.NameValueList.FirstOrDefault(nv => nv.Name == name)?.Value;

    /// <summary>Runs the call and returns the SugarCRM fault it raised; fails the test if it did not fault.</summary>
    public static async Task<ErrorValue> FaultOf(Func<Task> call)
    {
        var fault = await Assert.ThrowsAsync<FaultException<ErrorValue>>(call);
        return fault.Detail;
    }

    /// <summary>A user of the given role with a unique name; returns its name.</summary>
    public static string AddUser(this ServerFixture server, UserRole role, string? reportsTo = null)
    {
        var name = $"{role.Key()}-{Guid.NewGuid():N}"[..20];
        server.Core.UserAdmin.Add(name, "Passw0rd!", role, reportsTo: reportsTo);
        return name;
    }
}
