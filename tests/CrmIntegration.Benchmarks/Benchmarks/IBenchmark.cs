namespace CrmIntegration.Benchmarks.Benchmarks;

/// <summary>One named benchmark of <c>scripts/bench.sh</c>.</summary>
public interface IBenchmark
{
    string Name { get; }

    string Description { get; }

    /// <summary>Whether it runs on the stores <c>--store</c> names (else only on the LiteDB default, and <c>--store</c> is refused).</summary>
    bool ChoosesStore => false;

    /// <summary>Runs and prints per-run figures and summary lines; false when a request failed.</summary>
    Task<bool> RunAsync(BenchOptions options, string dataDirectory, TextWriter output);
}
