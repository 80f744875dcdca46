namespace CrmIntegration.Core.Modules;

/// <summary>One value of a dropdown: the stored key and its labels.</summary>
public sealed record EnumOption(string Key, string LabelEn, string LabelVi);
