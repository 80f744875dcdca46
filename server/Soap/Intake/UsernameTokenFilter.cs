using System.ServiceModel.Channels;
using SoapCore.Extensibility;

namespace CrmIntegration.Server.Soap.Intake;

/// <summary>
/// Hands a request's UsernameToken to <see cref="LeadIntakeService"/> through the HTTP context.
/// It only reads: whether the token is needed (the session is empty) and right is decided by the
/// service through core's AuthService, so a bad token beside a good session costs nothing.
/// SoapCore runs message filters for every endpoint; this one acts on the intake path only.
/// </summary>
public sealed class UsernameTokenFilter(IHttpContextAccessor http) : IAsyncMessageFilter
{
    private static readonly object Key = new();

    public Task OnRequestExecuting(Message message)
    {
        var context = http.HttpContext;
        if (context is not null && context.Request.Path.StartsWithSegments(LeadIntakeService.Path, StringComparison.OrdinalIgnoreCase)
            && UsernameToken.From(message) is { } token)
        {
            context.Items[Key] = token;
        }

        return Task.CompletedTask;
    }

    public Task OnResponseExecuting(Message message) => Task.CompletedTask;

    /// <summary>The token the filter found in the current request, if any.</summary>
    public static UsernameToken? Current(HttpContext? context) =>
        context?.Items.TryGetValue(Key, out var token) == true ? token as UsernameToken : null;
}
