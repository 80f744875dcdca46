using CrmIntegration.Core.Matching.Merge;
using CrmIntegration.Core.Storage;
using CrmIntegration.Core.Tests.Infrastructure;
using static CrmIntegration.Core.Tests.Matching.Merge.MergeTestData;

namespace CrmIntegration.Core.Tests.Matching.Merge;

/// <summary>Every kind of relationship of every mergeable module ends up on the master.</summary>
public sealed class MergeLinksTests : IDisposable
{
    private readonly TestCore _test = new();

    private CrmCore Core => _test.Core;

    public void Dispose() => _test.Dispose();

    [Theory]
    [MemberData(nameof(MergeTestData.AllChildLinks), MemberType = typeof(MergeTestData))]
    public void Merge_OfFour_MovesEveryRelatedRecordToTheMaster(string module, string link)
    {
        var world = MergeWorld.Build(Core, _test.Clock, module, onlyLink: link);
        var master = world.Group[1];
        Assert.NotEmpty(world.Children[link]);

        Core.Merges.Merge(Admin, new MergeRequest(module, world.Group, master));

        Assert.Equal(world.Children[link].Distinct().Order(), Core.Related(module, master, link));
        foreach (var loser in world.Group.Where(id => id != master))
        {
            Assert.Equal((string?)master, Core.Store.Get(module, loser)![MergeFields.MergedInto]);
        }
    }

    [Fact]
    public void ManyToMany_LinkBothHad_KeepsOneRowAndMarksTheOtherDeletedKeepingItsRole()
    {
        var world = MergeWorld.Build(Core, _test.Clock, "Contacts", onlyLink: "opportunities");
        var shared = world.Children["opportunities"][^1];

        var result = Core.Merges.Merge(Admin, new MergeRequest("Contacts", world.Group, world.Group[0]));

        var rows = Core.Store.GetRelationshipRows("opportunities_contacts", RelationshipSide.Lhs, shared);
        var live = Assert.Single(rows, r => !r.Deleted);
        Assert.Equal(world.Group[0], live.RhsId);
        Assert.Equal("Decision Maker", live.Extra["contact_role"]);
        var dropped = Assert.Single(rows, r => r.Deleted);
        Assert.Equal(world.Group[^1], dropped.RhsId);
        Assert.Contains(result.Plan.Rows, r => r.Before.Id == dropped.Id && r.After.Deleted);
    }
}
