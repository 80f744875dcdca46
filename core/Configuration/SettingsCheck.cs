using System.Globalization;
using CrmIntegration.Core.Configuration.Binding;
using CrmIntegration.Core.Configuration.Sources;
using CrmIntegration.Core.Errors;
using Microsoft.Extensions.Configuration;

namespace CrmIntegration.Core.Configuration;

/// <summary>
/// What a section's checks use to refuse a value: each method throws
/// <see cref="CrmErrorCode.BadConfiguration"/> naming the key, the value's source and what is allowed.
/// </summary>
public sealed class SettingsCheck
{
    private readonly IConfigurationRoot? _root;

    internal SettingsCheck(IConfigurationRoot? root) => _root = root;

    /// <summary>For options made in code (tests, tools): messages name the key but no source.</summary>
    public static SettingsCheck WithoutSources { get; } = new(null);

    /// <summary>
    /// Where <paramref name="key"/>'s value came from (<c>default</c> when from no source); for a
    /// section (a rule, a team), where its first value came from.
    /// </summary>
    public string SourceOf(string key) =>
        _root is null ? SettingSources.Default
        : SettingSources.ProviderOf(_root, key) is null ? SettingSources.DescribeAny(_root, _root.GetSection(key))
        : SettingSources.Describe(_root, key);

    /// <summary>The error for <paramref name="key"/>; <paramref name="problem"/> says what is wrong and what would be right.</summary>
    public CrmException Invalid(string key, string problem) => CrmException.SettingInvalid(key, problem, SourceOf(key));

    /// <exception cref="CrmException">When <paramref name="value"/> is below <paramref name="minimum"/>.</exception>
    public void AtLeast(string key, long value, long minimum)
    {
        if (value < minimum)
        {
            throw CrmException.SettingOutOfRange(key, value.ToString(CultureInfo.InvariantCulture), $"at least {minimum.ToString(CultureInfo.InvariantCulture)}", SourceOf(key));
        }
    }

    /// <exception cref="CrmException">When <paramref name="value"/> is outside [<paramref name="minimum"/>, <paramref name="maximum"/>].</exception>
    public void Within(string key, double value, double minimum, double maximum)
    {
        if (!(value >= minimum && value <= maximum))
        {
            throw CrmException.SettingOutOfRange(key, SettingTypes.Format(value)!, $"from {SettingTypes.Format(minimum)} to {SettingTypes.Format(maximum)}", SourceOf(key));
        }
    }

    /// <exception cref="CrmException">When <paramref name="value"/> is not above zero (or not a finite number).</exception>
    public void Positive(string key, double value)
    {
        if (!(value > 0 && double.IsFinite(value)))
        {
            throw CrmException.SettingOutOfRange(key, SettingTypes.Format(value)!, "a number above 0", SourceOf(key));
        }
    }

    /// <exception cref="CrmException">When <paramref name="value"/> is zero or negative.</exception>
    public void Positive(string key, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            throw CrmException.SettingOutOfRange(key, SettingTypes.Format(value)!, "longer than 00:00:00", SourceOf(key));
        }
    }

    /// <exception cref="CrmException">When <paramref name="value"/> is negative.</exception>
    public void NotNegative(string key, TimeSpan value)
    {
        if (value < TimeSpan.Zero)
        {
            throw CrmException.SettingOutOfRange(key, SettingTypes.Format(value)!, "00:00:00 or longer", SourceOf(key));
        }
    }

    /// <exception cref="CrmException">When <paramref name="value"/> is empty or blank.</exception>
    public void NotEmpty(string key, string? value, string example)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw Invalid(key, $"is empty: give a value, e.g. {example}");
        }
    }
}
