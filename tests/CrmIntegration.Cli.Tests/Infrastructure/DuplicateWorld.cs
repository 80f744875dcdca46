using CrmIntegration.Core;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Security;

namespace CrmIntegration.Cli.Tests.Infrastructure;

/// <summary>
/// A database with known duplicates: two leads sharing an email (An), two sharing name and mobile
/// (Bình), a lead that is already a contact by email (Cường), and one lead with no duplicate (Dũng).
/// Records are written through the core, as the server writes them.
/// </summary>
internal sealed class DuplicateWorld : IDisposable
{
    private DuplicateWorld(TempDatabase db) => Db = db;

    public TempDatabase Db { get; }

    public string AnOld { get; private set; } = "";

    public string AnNew { get; private set; } = "";

    public string BinhA { get; private set; } = "";

    public string BinhB { get; private set; } = "";

    public string Cuong { get; private set; } = "";

    public string Dung { get; private set; } = "";

    public string CuongContact { get; private set; } = "";

    public string AnCall { get; private set; } = "";

    public string Path => Db.Path;

    public static async Task<DuplicateWorld> CreateAsync()
    {
        var world = new DuplicateWorld(await TempDatabase.WithAdminAsync());
        using var core = world.Open();
        world.AnOld = Lead(core, "An", "Nguyễn Văn", "an.nguyen@example.com", null, "Công ty Sao Mai");
        world.AnNew = Lead(core, "An", "Nguyen Van", "AN.NGUYEN@example.com", "0903 111 222", null);
        world.BinhA = Lead(core, "Bình", "Trần Thị", "binh@home.example", "0912 345 678", null);
        world.BinhB = Lead(core, "Bình", "Trần Thị", "binh.tran@work.example", "+84 912 345 678", null);
        world.Cuong = Lead(core, "Cường", "Lê", "cuong.le@example.com", null, null);
        world.Dung = Lead(core, "Dũng", "Phạm", "dung.pham@example.com", "0987 000 111", null);
        world.CuongContact = Save(core, "Contacts", new() { ["first_name"] = "Cường", ["last_name"] = "Lê", ["email1"] = "cuong.le@example.com" });
        world.AnCall = Save(core, "Calls", new() { ["name"] = "Call An", ["date_start"] = "2025-01-02 09:00:00", ["parent_type"] = "Leads", ["parent_id"] = world.AnNew });
        return world;
    }

    public CrmCore Open() => CrmCore.Open(new CrmCoreOptions { DatabasePath = Db.Path });

    /// <summary>Every Leads and Calls record as field → value, to compare the store before and after.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string?>> Snapshot()
    {
        using var core = Open();
        return core.Store.Scan("Leads").Concat(core.Store.Scan("Calls"))
            .ToDictionary(r => r.ToString(), r => (IReadOnlyDictionary<string, string?>)r.Values
                .Where(v => !string.IsNullOrEmpty(v.Value))
                .ToDictionary(v => v.Key, v => v.Value, StringComparer.OrdinalIgnoreCase));
    }

    public CrmRecord Get(string module, string id)
    {
        using var core = Open();
        return core.Store.Get(module, id)!;
    }

    public void Edit(string module, string id, string field, string value)
    {
        using var core = Open();
        core.Records.Save(UserAdministration.SystemActor, module, new Dictionary<string, string?> { ["id"] = id, [field] = value });
    }

    private static string Lead(CrmCore core, string first, string last, string? email, string? mobile, string? company) =>
        Save(core, "Leads", new()
        {
            ["first_name"] = first, ["last_name"] = last, ["email1"] = email, ["phone_mobile"] = mobile, ["account_name"] = company,
        });

    private static string Save(CrmCore core, string module, Dictionary<string, string?> values) =>
        core.Records.Save(UserAdministration.SystemActor, module, values).Id;

    public void Dispose() => Db.Dispose();
}
