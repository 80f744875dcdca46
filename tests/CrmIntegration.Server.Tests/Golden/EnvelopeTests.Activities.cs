using CrmIntegration.Server.Tests.Infrastructure;

namespace CrmIntegration.Server.Tests.Golden;

public sealed partial class EnvelopeTests
{
    private const string CallId = "6d2b1c4e-0000-4000-8000-00000000e101";

    /// <summary>A call with a fixed id and start on the golden lead, so get_activity_history's envelope is stable.</summary>
    private async Task EnsureGoldenActivityAsync(string session)
    {
        if (server.Core.Store.Get("Calls", CallId) is null)
        {
            await server.Client().SetAsync(session, "Calls",
                ("id", CallId), ("new_with_id", "1"), ("name", "Gọi xác nhận nhu cầu"), ("date_start", "2026-04-01 02:30:00"),
                ("parent_type", "Leads"), ("parent_id", LeadId));
        }
    }
}
