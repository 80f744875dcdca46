using System.Runtime.CompilerServices;
using System.Xml.Linq;

namespace CrmIntegration.Server.Tests.Golden;

/// <summary>
/// Reviewed copies of what the server sends, kept in the repository. A difference fails the test
/// with both texts; after reviewing a deliberate change, run the tests with
/// <c>CRM_UPDATE_GOLDEN=1</c> to rewrite the copies, and review the diff before committing.
/// </summary>
public static class GoldenFile
{
    public static string RepositoryRoot([CallerFilePath] string here = "") =>
        FindUp(Path.GetDirectoryName(here)!) ?? FindUp(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("CrmIntegration.sln not found above the test sources or binaries");

    public static void AssertMatches(string path, string actual)
    {
        if (Environment.GetEnvironmentVariable("CRM_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"Golden file {path} is missing; run with CRM_UPDATE_GOLDEN=1 to create it, then review it.");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.True(expected == actual.ReplaceLineEndings("\n"),
            $"{Path.GetFileName(path)} differs from what the server sends. If the change is deliberate, run with CRM_UPDATE_GOLDEN=1 and review the diff.\n--- expected\n{expected}\n--- actual\n{actual}");
    }

    /// <summary>Indented, attribute order as sent, so a diff shows the element that changed.</summary>
    public static string Pretty(string xml) => XDocument.Parse(xml).ToString(SaveOptions.None) + "\n";

    private static string? FindUp(string directory)
    {
        for (var dir = new DirectoryInfo(directory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CrmIntegration.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
