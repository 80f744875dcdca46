using CrmIntegration.Benchmarks;
using CrmIntegration.Benchmarks.Benchmarks;

// scripts/bench.sh [name] [--duration s] [--warmup s] [--clients n] [--runs n]; see BenchOptions.
BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (BenchUsageException e)
{
    Console.Error.WriteLine($"[ERROR] {e.Message}");
    Console.Error.WriteLine(BenchOptions.Usage(BenchmarkCatalog.Names));
    return 2;
}

if (options.Help)
{
    Console.WriteLine(BenchOptions.Usage(BenchmarkCatalog.Names));
    return 0;
}

return await BenchmarkCatalog.RunAsync(options, Console.Out);
