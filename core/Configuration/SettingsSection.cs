using CrmIntegration.Core.Configuration.Binding;
using CrmIntegration.Core.Errors;
using Microsoft.Extensions.Configuration;

namespace CrmIntegration.Core.Configuration;

/// <summary>
/// One configuration section both hosts read: its name, its options class and its checks. A new
/// section (e.g. <c>Scheduling</c>) is one <see cref="SettingsSection{TOptions}"/> added to
/// <see cref="SettingsSections.All"/>; the loader binds, checks and lists it like the others.
/// </summary>
public abstract class SettingsSection
{
    private protected SettingsSection(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
    }

    /// <summary>The section's key, e.g. <c>Mail</c>.</summary>
    public string Name { get; }

    public abstract Type OptionsType { get; }

    /// <summary>Reads the section: keys checked against the options class, bound, paths made absolute, values checked.</summary>
    internal abstract object Bind(IConfigurationRoot root, SettingsCheck check);

    /// <summary>The checks that need the database (run once a host has opened it).</summary>
    internal abstract void CheckAgainst(object options, CrmCore core, SettingsCheck check);
}

/// <summary>A section bound to <typeparamref name="TOptions"/>.</summary>
/// <param name="name">The section's key.</param>
/// <param name="check">Refuses values the options class accepts but the CRM cannot work with (ranges, addresses, names).</param>
/// <param name="checkAgainstStore">Refuses values that contradict the database (a user name that does not exist).</param>
public sealed class SettingsSection<TOptions>(
    string name,
    Action<TOptions, SettingsCheck>? check = null,
    Action<TOptions, CrmCore, SettingsCheck>? checkAgainstStore = null) : SettingsSection(name)
    where TOptions : class, new()
{
    public override Type OptionsType => typeof(TOptions);

    internal override object Bind(IConfigurationRoot root, SettingsCheck settingsCheck)
    {
        var section = root.GetSection(Name);
        SettingsShape.Check(root, section, typeof(TOptions));
        var options = new TOptions();
        try
        {
            section.Bind(options);
        }
        catch (InvalidOperationException e)
        {
            // The shape check reads every value as the binder does, so this is a gap in it; still one line.
            throw CrmException.SettingInvalid(Name, $"cannot be read: {e.Message}", null);
        }

        SettingsPaths.Resolve(root, options, Name);
        check?.Invoke(options, settingsCheck);
        return options;
    }

    internal override void CheckAgainst(object options, CrmCore core, SettingsCheck settingsCheck) =>
        checkAgainstStore?.Invoke((TOptions)options, core, settingsCheck);
}
