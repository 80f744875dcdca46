namespace CrmIntegration.Core.Modules.Catalog;

/// <summary>A named dropdown list (SugarCRM's <c>app_list_strings</c> entry, e.g. <c>lead_source_dom</c>).</summary>
internal sealed record OptionList(string Name, IReadOnlyList<EnumOption> Options)
{
    public static OptionList Of(string name, params (string Key, string En, string Vi)[] options) =>
        new(name, options.Select(o => new EnumOption(o.Key, o.En, o.Vi)).ToList());
}
