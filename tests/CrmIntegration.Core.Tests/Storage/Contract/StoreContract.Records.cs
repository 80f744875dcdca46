using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Tests.Infrastructure;

namespace CrmIntegration.Core.Tests.Storage.Contract;

public abstract partial class StoreContract
{
    [Fact]
    public void Record_InsertGetUpdateSoftDelete_KeepsEveryValue()
    {
        var lead = Lead("Trần", ("first_name", "Văn An"), ("description", null));

        Store.Insert(lead);
        var read = Store.Get("Leads", lead.Id)!;
        Assert.Equal(("Trần", "Văn An"), (read["last_name"], read["first_name"]));
        Assert.True(read.Has("description"));
        Assert.Null(read["description"]);

        read["title"] = "Giám đốc";
        Store.Update(read);
        Assert.Equal("Giám đốc", Store.Get("leads", lead.Id)!["title"]);

        read[CommonFields.Deleted] = "1";
        Store.Update(read);
        var deleted = Store.Get("Leads", lead.Id)!;
        Assert.True(deleted.IsDeleted);
        Assert.Equal("Giám đốc", deleted["title"]);
        Assert.Equal(1, Store.Count("Leads"));
        Assert.Equal(0, Store.Describe().LiveRecordsByModule["Leads"]);
    }

    [Fact]
    public void Record_ReadCopiesAreTheCallers()
    {
        var lead = Lead("Lê");
        Store.Insert(lead);

        Store.Get("Leads", lead.Id)!["last_name"] = "changed by a caller";
        lead["last_name"] = "changed after the insert";

        Assert.Equal("Lê", Store.Get("Leads", lead.Id)!["last_name"]);
    }

    [Fact]
    public void Record_InsertMany_ScanCountAndFindByKey()
    {
        var leads = Enumerable.Range(0, 1_200).Select(i => Lead($"Lead {i}", ("partner_ref", $"REF-{i % 3}"))).ToList();

        Store.InsertMany(leads);

        Assert.Equal(1_200, Store.Count("Leads"));
        Assert.Equal(leads.Select(l => l.Id).Order(), Store.Scan("Leads").Select(r => r.Id).Order());
        Assert.Equal(400, Store.FindByKey("Leads", "partner_ref", "ref-1").Count());
        Assert.Equal(leads[7].Id, Assert.Single(Store.FindByKey("Leads", CommonFields.Id, leads[7].Id)).Id);
        Assert.Empty(Store.FindByKey("Leads", "partner_ref", "REF-9"));
    }

    [Fact]
    public void Record_Missing_IsNull_UpdatingItFails_AndAnIdIsInsertedOnce()
    {
        var lead = Lead("Phạm");

        Assert.Null(Store.Get("Leads", lead.Id));
        Assert.Throws<InvalidOperationException>(() => Store.Update(lead));
        Store.Insert(lead);
        Assert.ThrowsAny<Exception>(() => Store.Insert(Lead("Other", (CommonFields.Id, lead.Id))));
        Assert.Equal("Phạm", Store.Get("Leads", lead.Id)!["last_name"]);
        Assert.Equal(1, Store.Count("Leads"));
    }

    [Fact]
    public void Record_UnknownModule_IsFault20()
    {
        CrmAssert.Fails(CrmErrorCode.ModuleDoesNotExist, () => Store.Get("Spaceships", "x"));
        CrmAssert.Fails(CrmErrorCode.ModuleDoesNotExist, () => Store.Query(new("Spaceships")));
    }
}
