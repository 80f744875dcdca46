using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace CrmIntegration.PostgreSql.Tests.Infrastructure;

/// <summary>
/// A private, throwaway PostgreSQL cluster: <c>initdb</c> into a temporary directory, started on a
/// free loopback port with its socket in that directory, stopped and removed on dispose. Never the
/// machine's own service, never a fixed port. PostgreSQL refuses to run as root, so a test run as
/// root (CI) runs the cluster as the unprivileged user <c>nobody</c>. Durability is off unless asked for
/// (<c>fsync=off</c>): the cluster lives for one test run. Failures are plain exceptions, so the
/// benchmarks (<c>--store postgres</c>) start their clusters with this class too.
/// </summary>
public sealed class PostgresCluster : IAsyncDisposable
{
    private const string Superuser = "postgres";
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(60);

    private readonly string _bin;
    private readonly bool _durable;

    private PostgresCluster(string bin, string root, int port, bool durable)
    {
        _bin = bin;
        _durable = durable;
        Root = root;
        Port = port;
    }

    /// <summary>The temporary directory holding the cluster's data (<c>data/</c>), its socket and its log.</summary>
    public string Root { get; }

    public string DataDirectory => Path.Combine(Root, "data");

    public int Port { get; }

    public string LogFile => Path.Combine(Root, "postgres.log");

    /// <summary>A connection string for <paramref name="database"/> as the superuser, over TCP on loopback.</summary>
    public string ConnectionString(string database = "postgres") =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = Superuser, Database = database, Pooling = true }.ConnectionString;

    /// <summary>Makes and starts a cluster; says what to install when PostgreSQL is not there.</summary>
    /// <param name="durable">Keep PostgreSQL's own durability (fsync, synchronous commit), as a benchmark
    /// must to compare with LiteDB's fsync per commit; tests leave it off.</param>
    public static async Task<PostgresCluster> StartAsync(bool durable = false)
    {
        var bin = FindBinaries();
        RemoveLeftovers();
        var root = Path.Combine(Path.GetTempPath(), Prefix + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        if (!OperatingSystem.IsWindows() && RunsAsRoot)
        {
            // The cluster's own user must be able to write here; data/ itself is made 0700 by initdb.
            File.SetUnixFileMode(root, (UnixFileMode)0b111_111_111);
        }

        await RunAsync(bin, "initdb", ["-D", Path.Combine(root, "data"), "-U", Superuser, "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);

        // A free port can be taken by someone else between finding it and binding it: try again.
        for (var attempt = 1; ; attempt++)
        {
            var cluster = new PostgresCluster(bin, root, FreePort(), durable);
            try
            {
                await cluster.StartServerAsync();
                return cluster;
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
            }
        }
    }

    /// <summary>Stops the server as an operator would (<c>pg_ctl stop -m fast</c>: sessions are ended, transactions rolled back); <see cref="ResumeAsync"/> starts it again.</summary>
    public Task StopAsync() => RunAsync(_bin, "pg_ctl", ["-D", DataDirectory, "-m", "fast", "-w", "stop"]);

    /// <summary>Starts the stopped server again, on the same port with the same data.</summary>
    public Task ResumeAsync() => StartServerAsync();

    private Task StartServerAsync() =>
        RunAsync(_bin, "pg_ctl", ["-D", DataDirectory, "-l", LogFile, "-w", "-t", "60", "start", "-o",
            $"-p {Port} -k {Root} -c listen_addresses=127.0.0.1" + (_durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off")]);

    /// <summary>Creates an empty database of its own for a test; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string? name = null)
    {
        name ??= "crm_" + Guid.NewGuid().ToString("N")[..16];
        await using var connection = new NpgsqlConnection(ConnectionString());
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await create.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RunAsync(_bin, "pg_ctl", ["-D", DataDirectory, "-m", "immediate", "-w", "stop"]);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await RemoveAsync(Root);
        }
    }

    /// <summary>Removes the cluster's directory; its last processes may still be letting go of files for a moment after the stop.</summary>
    private static async Task RemoveAsync(string root)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Directory.Delete(root, recursive: true);
                return;
            }
            catch (IOException) when (attempt < 50)
            {
                await Task.Delay(100);
            }
        }
    }

    private const string Prefix = "crm-pg-";

    /// <summary>
    /// Removes clusters earlier runs left behind: a test process can be ended before its exit hook
    /// has removed its cluster (the stop is immediate, the removal may not be). A cluster whose
    /// postmaster still runs belongs to a run in progress and is left alone.
    /// </summary>
    private static void RemoveLeftovers()
    {
        foreach (var root in Directory.EnumerateDirectories(Path.GetTempPath(), Prefix + "*"))
        {
            var pidFile = Path.Combine(root, "data", "postmaster.pid");
            try
            {
                if (File.Exists(pidFile) && int.TryParse(File.ReadLines(pidFile).FirstOrDefault(), out var pid) && IsRunning(pid))
                {
                    continue;
                }

                Directory.Delete(root, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another run removing it at the same moment, or not ours to remove: leave it.
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static bool RunsAsRoot => !OperatingSystem.IsWindows() && Environment.UserName == "root";

    /// <summary>The newest Debian PostgreSQL's programs (<c>/usr/lib/postgresql/N/bin</c>).</summary>
    private static string FindBinaries()
    {
        const string Debian = "/usr/lib/postgresql";
        var bin = Directory.Exists(Debian)
            ? Directory.GetDirectories(Debian)
                .Select(d => (Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0, Bin: Path.Combine(d, "bin")))
                .Where(d => File.Exists(Path.Combine(d.Bin, "initdb")))
                .OrderByDescending(d => d.Version)
                .Select(d => d.Bin)
                .FirstOrDefault()
            : null;
        return bin ?? throw new InvalidOperationException(
            $"PostgreSQL's server programs (initdb, pg_ctl) are not under {Debian}: install Debian's postgresql package (.ci/run does)");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Runs one of PostgreSQL's programs (as <c>nobody</c> when this is root); throws with its output if it fails.</summary>
    private static async Task RunAsync(string bin, string program, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(RunsAsRoot ? "runuser" : Path.Combine(bin, program))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (RunsAsRoot)
        {
            foreach (var prefix in new[] { "-u", "nobody", "--", Path.Combine(bin, program) })
            {
                start.ArgumentList.Add(prefix);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(CommandTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{program} did not finish within {CommandTimeout.TotalSeconds:0} s");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await output}\n{await error}");
        }
    }
}
