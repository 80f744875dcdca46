using System.Net.Http.Headers;
using System.Text;

namespace CrmIntegration.Server.Tests.Infrastructure;

/// <summary>Posts hand-written SOAP 1.1 envelopes, for what a typed client cannot send or see.</summary>
public static class RawSoap
{
    public const string Ns = "http://www.sugarcrm.com/sugarcrm";

    public static string Envelope(string body) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>" +
        "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>" + body + "</s:Body></s:Envelope>";

    public static Task<(int Status, string Body)> PostAsync(ServerFixture server, string operation, string envelope) =>
        PostAsync(server.SugarAddress, $"{Ns}/{operation}", envelope);

    /// <summary>Posts to any endpoint with the given SOAPAction.</summary>
    public static async Task<(int Status, string Body)> PostAsync(Uri address, string action, string envelope)
    {
        using var http = new HttpClient();
        using var content = new StringContent(envelope, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/xml") { CharSet = "utf-8" };
        using var request = new HttpRequestMessage(HttpMethod.Post, address) { Content = content };
        request.Headers.Add("SOAPAction", $"\"{action}\"");
        using var response = await http.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
