using CrmIntegration.Core.Modules;

namespace CrmIntegration.Core.Records;

/// <summary>
/// Which names in a record write's name/value pairs the write ignores. SugarCRM ignores names that
/// are no field of the module, and existing clients rely on that leniency; but a partner's misspelt
/// <c>phone_mobil</c> then vanishes without a word. Writes keep the leniency and report each ignored
/// name as a warning worded here.
/// </summary>
public static class IgnoredFields
{
    /// <summary>Names that instruct the write itself rather than set a field (<c>new_with_id=1</c>).</summary>
    public static readonly IReadOnlySet<string> Instructions = new HashSet<string>([RecordService.NewWithId], StringComparer.OrdinalIgnoreCase);

    /// <summary>The names of <paramref name="names"/> that are neither a field of <paramref name="module"/> nor an instruction, once each, in order.</summary>
    public static IReadOnlyList<string> In(ModuleDefinition module, IEnumerable<string?> names)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(names);
        return names
            .Select(n => n ?? "")
            .Where(n => module.FindField(n) is null && !Instructions.Contains(n))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>One warning per ignored name, naming it and the module.</summary>
    public static IReadOnlyList<string> Warnings(ModuleDefinition module, IEnumerable<string?> names) =>
        In(module, names)
            .Select(n => $"'{n}' is not a {module.Name} field and was ignored (get_module_fields lists the fields)")
            .ToList();
}
