namespace CrmIntegration.Core.Configuration;

/// <summary>
/// Marks a string setting that names a file or directory. The loader makes it absolute: a relative
/// path written in a settings file is taken from that file's directory, one from anywhere else (the
/// built-in default, an environment variable, the command line, <c>--db</c>) from the current directory.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ConfigurationPathAttribute : Attribute;
