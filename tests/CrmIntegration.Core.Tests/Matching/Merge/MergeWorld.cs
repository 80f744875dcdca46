using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Tests.Infrastructure;

namespace CrmIntegration.Core.Tests.Matching.Merge;

/// <summary>
/// A group of records of one module with related records of every kind hanging from each member:
/// one per child link per member, and one record linked many-to-many to two members at once
/// (so the merge has a duplicate link to settle).
/// </summary>
public sealed class MergeWorld
{
    private MergeWorld(string module, IReadOnlyList<string> group, IReadOnlyDictionary<string, List<string>> children)
    {
        Module = module;
        Group = group;
        Children = children;
    }

    public string Module { get; }

    public IReadOnlyList<string> Group { get; }

    /// <summary>Per child link, the ids of the records linked to the group.</summary>
    public IReadOnlyDictionary<string, List<string>> Children { get; }

    public static MergeWorld Build(CrmCore core, ManualClock clock, string module, int size = 4, string? onlyLink = null)
    {
        var group = new List<string>();
        for (var i = 0; i < size; i++)
        {
            clock.Advance(TimeSpan.FromMinutes(1));
            group.Add(core.Add(module, Naming(module, i)).Id);
        }

        var children = new Dictionary<string, List<string>>();
        foreach (var link in core.ChildLinks(module).Where(l => onlyLink is null || l.Link.Name == onlyLink))
        {
            var ids = children[link.Link.Name] = [];
            foreach (var member in group)
            {
                var child = core.Add(link.Related.Name).Id;
                core.Link(module, member, link.Link.Name, child);
                ids.Add(child);
            }

            if (link.Relationship.Kind == RelationshipKind.ManyToMany)
            {
                var shared = core.Add(link.Related.Name).Id;
                core.Link(module, group[0], link.Link.Name, shared);
                core.Link(module, group[^1], link.Link.Name, shared, role: "Decision Maker");
                ids.Add(shared);
            }
        }

        return new MergeWorld(module, group, children);
    }

    private static (string Field, string? Value) Naming(string module, int i) =>
        module is "Accounts" or "Opportunities" ? ("name", $"Thành Công {i}") : ("last_name", $"Phạm {i}");
}
