namespace CrmIntegration.Benchmarks;

/// <summary>A mistake on the command line: printed as one line plus the usage, exit code 2.</summary>
public sealed class BenchUsageException(string message) : Exception(message);
