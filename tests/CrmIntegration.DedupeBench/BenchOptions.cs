namespace CrmIntegration.DedupeBench;

/// <summary>Command line: [--count N] [--seed S] [--csv FILE] [--store] [--no-baseline].</summary>
public sealed record BenchOptions(int Count, int Seed, string? Csv, bool Store, bool Baseline)
{
    public static BenchOptions Parse(string[] args)
    {
        int count = 1_000_000, seed = 1;
        string? csv = null;
        bool store = false, baseline = true;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--count": count = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
                case "--seed": seed = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
                case "--csv": csv = args[++i]; break;
                case "--store": store = true; break;
                case "--no-baseline": baseline = false; break;
                default: throw new ArgumentException($"unknown option {args[i]}: [--count N] [--seed S] [--csv FILE] [--store] [--no-baseline]");
            }
        }

        return new BenchOptions(count, seed, csv, store, baseline);
    }
}
