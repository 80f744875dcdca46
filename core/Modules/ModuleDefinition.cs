namespace CrmIntegration.Core.Modules;

/// <summary>A module (SugarCRM's bean + vardefs): its fields, links and labels.</summary>
public sealed class ModuleDefinition
{
    private readonly Dictionary<string, FieldDefinition> _fields;
    private readonly Dictionary<string, LinkDefinition> _links;

    public ModuleDefinition(
        string name,
        string tableName,
        string labelEn,
        string labelVi,
        IEnumerable<FieldDefinition> fields,
        IEnumerable<LinkDefinition> links)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        TableName = tableName;
        LabelEn = labelEn;
        LabelVi = labelVi;
        Fields = fields.ToList();
        Links = links.ToList();
        _fields = Index(name, "field", Fields, f => f.Name);
        _links = Index(name, "link", Links, l => l.Name);
    }

    /// <summary>SugarCRM module name, e.g. <c>Leads</c>.</summary>
    public string Name { get; }

    /// <summary>SugarCRM table name, e.g. <c>leads</c>; queries may qualify fields with it.</summary>
    public string TableName { get; }

    public string LabelEn { get; }

    public string LabelVi { get; }

    public IReadOnlyList<FieldDefinition> Fields { get; }

    public IReadOnlyList<LinkDefinition> Links { get; }

    /// <summary>Changes to this module's records are written to the audit trail.</summary>
    public bool Audited { get; init; }

    /// <summary>Field shown as the record's name in lists, searches and relationship reads.</summary>
    public string DisplayField { get; init; } = "name";

    /// <summary>Fields <c>search_by_module</c> matches against.</summary>
    public IReadOnlyList<string> SearchFields { get; init; } = ["name"];

    public FieldDefinition? FindField(string name) => _fields.GetValueOrDefault(name);

    public LinkDefinition? FindLink(string name) => _links.GetValueOrDefault(name);

    public override string ToString() => Name;

    // Names are case-insensitive on the wire, so two names differing only in case collide too;
    // the message names the module so a bad definition is found without a debugger.
    private static Dictionary<string, T> Index<T>(string module, string kind, IEnumerable<T> items, Func<T, string> key)
    {
        var index = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in items)
        {
            if (!index.TryAdd(key(item), item))
            {
                throw new ArgumentException($"{module} defines the {kind} '{key(item)}' more than once");
            }
        }

        return index;
    }
}
