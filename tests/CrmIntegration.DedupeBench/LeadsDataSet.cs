using System.Diagnostics;
using System.Security.Cryptography;

namespace CrmIntegration.DedupeBench;

/// <summary>
/// The generated CSV for a count and seed, made once with scripts/dedupe/generate_leads.py and
/// cached. The file name carries a hash of the generator, so a changed generator regenerates
/// instead of reusing stale data.
/// </summary>
public static class LeadsDataSet
{
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CrmIntegration.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No CrmIntegration.sln above {AppContext.BaseDirectory}");
    }

    /// <summary>The cached CSV under the repository's ignored <c>.artifacts/bench</c>.</summary>
    public static string Ensure(string root, int count, int seed, TextWriter log) =>
        Ensure(root, Path.Combine(root, ".artifacts", "bench"), count, seed, log);

    /// <summary>The cached CSV in <paramref name="directory"/>, generated first if missing.</summary>
    public static string Ensure(string root, string directory, int count, int seed, TextWriter log)
    {
        Directory.CreateDirectory(directory);
        var generator = Path.Combine(root, "scripts", "dedupe", "generate_leads.py");
        var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(generator)))[..8];
        var path = Path.Combine(directory, $"dedupe-leads-{count}-s{seed}-{hash}.csv");
        if (File.Exists(path))
        {
            return path;
        }

        log.WriteLine($"dedupe: generating {count} leads (seed {seed})...");
        var clock = Stopwatch.StartNew();
        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
        var tmp = path + ".tmp";
        var start = new ProcessStartInfo(python) { RedirectStandardError = true };
        foreach (var arg in new[] { generator, "--count", $"{count}", "--seed", $"{seed}", "--out", tmp })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {python}");
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"generator failed ({process.ExitCode}): {errors}");
        }

        File.Move(tmp, path, overwrite: true);
        log.WriteLine($"dedupe: generated in {clock.Elapsed.TotalSeconds:F0} s (cached as {Path.GetFileName(path)})");
        return path;
    }
}
