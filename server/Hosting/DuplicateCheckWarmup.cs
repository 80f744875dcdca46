using CrmIntegration.Core;

namespace CrmIntegration.Server.Hosting;

/// <summary>
/// Builds the duplicate index right after start-up, in the background, so the first
/// <c>find_duplicates</c> does not pay for it (about 4 s over 100,000 leads, most of it reading the store).
/// </summary>
internal sealed class DuplicateCheckWarmup(CrmCore core, ILogger<DuplicateCheckWarmup> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        try
        {
            core.Duplicates.Warm();
            logger.LogInformation("Duplicate index ready: {Count} records", core.Duplicates.IndexedCount);
        }
        catch (Exception e)
        {
            // Not fatal: the first check builds the index itself (and faults if it cannot).
            if (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(e, "Building the duplicate index at start-up failed; the first check will try again");
            }
        }
    }, CancellationToken.None);
}
