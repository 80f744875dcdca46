using CrmIntegration.Core.Errors;

namespace CrmIntegration.Core.Modules;

/// <summary>
/// All modules and relationships the server knows (SugarCRM's vardefs). Built once and checked for
/// consistency at construction, so a broken definition fails at start-up, not on a customer's call.
/// </summary>
public sealed class ModuleRegistry
{
    private readonly Dictionary<string, ModuleDefinition> _modules;
    private readonly Dictionary<string, ModuleDefinition> _byTable;
    private readonly Dictionary<string, RelationshipDefinition> _relationships;

    public ModuleRegistry(IEnumerable<ModuleDefinition> modules, IEnumerable<RelationshipDefinition> relationships)
    {
        Modules = modules.ToList();
        Relationships = relationships.ToList();
        _modules = Modules.ToDictionary(m => m.Name, StringComparer.OrdinalIgnoreCase);
        _byTable = Modules.ToDictionary(m => m.TableName, StringComparer.OrdinalIgnoreCase);
        _relationships = Relationships.ToDictionary(r => r.Name, StringComparer.OrdinalIgnoreCase);
        RegistryCheck.ThrowIfInconsistent(this);
    }

    /// <summary>The registry of every module in DESIGN.md.</summary>
    public static ModuleRegistry Default { get; } = new(ModuleCatalog.Modules(), ModuleCatalog.Relationships());

    public IReadOnlyList<ModuleDefinition> Modules { get; }

    public IReadOnlyList<RelationshipDefinition> Relationships { get; }

    /// <summary>The module, or fault 20 naming it.</summary>
    public ModuleDefinition Get(string? name) =>
        Find(name) ?? throw CrmException.ModuleDoesNotExist(name ?? "");

    public ModuleDefinition? Find(string? name) =>
        name is null ? null : _modules.GetValueOrDefault(name);

    /// <summary>A module by its table name (<c>leads</c>), for table-qualified query fields.</summary>
    public ModuleDefinition? FindByTable(string table) => _byTable.GetValueOrDefault(table);

    public RelationshipDefinition GetRelationship(string name) =>
        _relationships.GetValueOrDefault(name)
        ?? throw new InvalidOperationException($"Relationship '{name}' is not defined");

    public RelationshipDefinition? FindRelationship(string name) => _relationships.GetValueOrDefault(name);
}
