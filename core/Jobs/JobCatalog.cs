using System.Text.RegularExpressions;
using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Jobs.Catalog;

namespace CrmIntegration.Core.Jobs;

/// <summary>
/// The jobs there are, by name. <see cref="Default"/> is what the server schedules and <c>crm jobs</c>
/// knows; a host may add its own with <see cref="With"/> (tests add jobs that block or count).
/// </summary>
public sealed partial class JobCatalog
{
    private readonly Dictionary<string, ICrmJob> _byName = new(StringComparer.OrdinalIgnoreCase);

    /// <exception cref="ArgumentException">A name that is not lower-case words joined by dashes, or given twice.</exception>
    public JobCatalog(IEnumerable<ICrmJob> jobs)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        foreach (var job in jobs)
        {
            // Names become configuration keys and command-line arguments: keep them plain.
            if (!NameShape().IsMatch(job.Name))
            {
                throw new ArgumentException($"job name '{job.Name}' must be lower-case letters and digits joined by dashes", nameof(jobs));
            }

            if (!_byName.TryAdd(job.Name, job))
            {
                throw new ArgumentException($"two jobs are named '{job.Name}'", nameof(jobs));
            }
        }

        Jobs = [.. _byName.Values.OrderBy(j => j.Name, StringComparer.Ordinal)];
    }

    /// <summary>Every job of the product: mail delivery and session clean-up.</summary>
    public static JobCatalog Default { get; } = new([new MailDeliveryJob(), new SessionCleanupJob()]);

    /// <summary>The jobs, by name.</summary>
    public IReadOnlyList<ICrmJob> Jobs { get; }

    public IEnumerable<string> Names => Jobs.Select(j => j.Name);

    /// <summary>This catalogue plus <paramref name="more"/>.</summary>
    public JobCatalog With(params ICrmJob[] more) => new(Jobs.Concat(more));

    /// <summary>The job of this name (any case), or null.</summary>
    public ICrmJob? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The job of this name (any case).</summary>
    /// <exception cref="CrmException">51 (no records) naming the jobs there are.</exception>
    public ICrmJob Get(string name) => Find(name) ?? throw CrmException.UnknownJob(name, Names);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex NameShape();
}
