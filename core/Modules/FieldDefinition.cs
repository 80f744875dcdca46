namespace CrmIntegration.Core.Modules;

/// <summary>
/// One field of a module, as SugarCRM's vardefs describe it. Validation, <c>get_module_fields</c>,
/// import header mapping and reports all read this, so adding a field is one edit.
/// </summary>
public sealed record FieldDefinition(string Name, FieldType Type, string LabelEn, string LabelVi)
{
    public bool Required { get; init; }

    /// <summary>Maximum length in characters (UTF-16 code units are not what users count).</summary>
    public int? MaxLength { get; init; }

    /// <summary>Name of the option list (SugarCRM's <c>options</c>, e.g. <c>lead_source_dom</c>).</summary>
    public string? OptionsName { get; init; }

    public IReadOnlyList<EnumOption> Options { get; init; } = [];

    public string? DefaultValue { get; init; }

    /// <summary>Maintained by core (ids, audit dates, auto numbers); callers' values are ignored.</summary>
    public bool System { get; init; }

    /// <summary>Never returned by any read (password hashes).</summary>
    public bool Sensitive { get; init; }

    /// <summary>Looked up often enough to deserve a store index.</summary>
    public bool Indexed { get; init; }

    /// <summary>
    /// For an unindexed field: an indexed key derived from its value that serves equality lookups
    /// on it (<see cref="DerivedLookup"/>); null when there is none.
    /// </summary>
    public DerivedLookup? Lookup { get; init; }

    /// <summary>For <see cref="FieldType.Relate"/> and id fields that point at another module.</summary>
    public string? RelatedModule { get; init; }

    /// <summary>Changes are written to the audit trail (for modules that are audited).</summary>
    public bool Audited { get; init; } = true;
}
