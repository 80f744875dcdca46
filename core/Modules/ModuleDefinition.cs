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
        _fields = Fields.ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);
        _links = Links.ToDictionary(l => l.Name, StringComparer.OrdinalIgnoreCase);
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
}
