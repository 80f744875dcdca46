using CrmIntegration.Core.Security;
using CrmIntegration.Server.Soap.Intake;
using CrmIntegration.Server.Soap.Intake.Contracts;
using CrmIntegration.Server.Tests.Infrastructure;

namespace CrmIntegration.Server.Tests.Intake;

/// <summary>
/// One server configured as an installation taking partner leads: exact-email duplicates blocked,
/// other rules warned about, new leads round-robin between two reps. Tests make their own partners
/// and unique emails, so they do not see each other's leads.
/// </summary>
public sealed class IntakeWorld : IAsyncLifetime
{
    public const string PartnerPassword = "Partner-Pass-2026";
    public static readonly string[] Reps = ["an", "binh"];

    public ServerFixture Server { get; } = new();

    public async Task InitializeAsync()
    {
        Server.Configure("Intake:DuplicateActions:email", "block");
        Server.Configure("Intake:Assignment:Teams:sales:0", Reps[0]);
        Server.Configure("Intake:Assignment:Teams:sales:1", Reps[1]);
        Server.Configure("Intake:Assignment:DefaultTeam", "sales");
        Server.BeforeStart(core =>
        {
            core.UserAdmin.Add(Reps[0], "An-Pass-2026", UserRole.User, lastName: "Phan Văn", firstName: "An", email: "an@hoasen.example.vn");
            core.UserAdmin.Add(Reps[1], "Binh-Pass-2026", UserRole.User, lastName: "Trần Văn", firstName: "Bình", email: "binh@hoasen.example.vn");
        });
        await Server.InitializeAsync();
    }

    public Task DisposeAsync() => Server.DisposeAsync();

    /// <summary>A new partner, logged in to the intake service.</summary>
    public async Task<Partner> PartnerAsync()
    {
        var name = $"partner-{Guid.NewGuid():N}"[..20];
        Server.Core.UserAdmin.Add(name, PartnerPassword, UserRole.Partner);
        var client = Server.IntakeClient();
        var session = await client.LoginAsync(name, PartnerPassword, "PLAIN");
        return new Partner(name, client, session);
    }

    public static string UniqueEmail(string who) => $"{who}.{Guid.NewGuid():N}"[..(who.Length + 9)] + "@saomai.example.vn";

    public static LeadSubmission Lead(string lastName, string? email = null, string? partnerRef = null, string? firstName = null, string? phone = null) => new()
    {
        LastName = lastName,
        FirstName = firstName,
        Email = email,
        PartnerRef = partnerRef,
        PhoneMobile = phone,
    };
}

/// <summary>A logged-in partner of <see cref="IntakeWorld"/>.</summary>
public sealed record Partner(string UserName, ILeadIntakeService Client, string Session);

[CollectionDefinition(Name)]
public sealed class IntakeCollection : ICollectionFixture<IntakeWorld>
{
    public const string Name = "intake";
}
