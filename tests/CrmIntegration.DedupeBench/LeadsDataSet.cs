using System.Diagnostics;

namespace CrmIntegration.DedupeBench;

/// <summary>The generated CSV for a count and seed, made once with the Python generator and cached.</summary>
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

    public static string Ensure(string root, int count, int seed, TextWriter log)
    {
        var dir = Path.Combine(root, ".artifacts", "bench");
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, $"dedupe-leads-{count}-{seed}.csv");
        if (File.Exists(path))
        {
            return path;
        }

        log.WriteLine($"dedupe: generating {count} leads (seed {seed})...");
        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
        var tmp = path + ".tmp";
        var start = new ProcessStartInfo(python) { RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(root, "scripts", "dedupe", "generate_leads.py"), "--count", $"{count}", "--seed", $"{seed}", "--out", tmp })
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
        return path;
    }
}
