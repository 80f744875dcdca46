namespace CrmIntegration.Cli.Tests.Infrastructure;

internal static class RepositoryRoot
{
    /// <summary>The directory holding CrmIntegration.sln, found upwards from the test assembly.</summary>
    public static string Find()
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
}
