using CrmIntegration.Benchmarks;
using CrmIntegration.Benchmarks.Benchmarks;
using CrmIntegration.Benchmarks.Dedupe;

// One measurement of the dedupe benchmark, in a fresh process of its own (see DedupeChild).
if (args.Length > 0 && args[0] == DedupeChild.Verb)
{
    return DedupeChild.Run(args[1..], Console.Out);
}

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
