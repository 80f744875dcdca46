using System.ComponentModel;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using CrmIntegration.Server.Tests.Infrastructure;
using MimeKit;

namespace CrmIntegration.Server.Tests.Mail;

/// <summary>A received message and the envelope recipients the SMTP server saw.</summary>
public sealed record ReceivedMail(MimeMessage Message, IReadOnlyList<string> EnvelopeRecipients);

/// <summary>
/// A real SMTP server (aiosmtpd, from Debian's python3-aiosmtpd) on a fixed free port of 127.0.0.1,
/// saving what it receives to a directory. It can be stopped and started again on the same port,
/// as a mail relay that goes down and comes back.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private const string Python = ScriptRunner.DebianPython;
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(30);

    private Process? _process;

    public int Port { get; } = FreePort();

    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "crm-smtp-sink-" + Guid.NewGuid().ToString("N"));

    public async Task StartAsync()
    {
        var script = Path.Combine(ScriptRunner.RepositoryRoot, "tests", "CrmIntegration.Server.Tests", "Mail", "smtp_sink.py");
        var start = new ProcessStartInfo(Python)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        start.ArgumentList.Add(Directory);
        var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"Cannot start {Python} ({e.Message}); install python3-aiosmtpd (.ci/run does)", e);
        }

        _process = process;
        using var limit = new CancellationTokenSource(StartLimit);
        var line = await process.StandardOutput.ReadLineAsync(limit.Token);
        if (line != "ready")
        {
            var error = await process.StandardError.ReadToEndAsync(limit.Token);
            await StopAsync();
            throw new InvalidOperationException(
                $"The SMTP sink did not start (is python3-aiosmtpd installed? .ci/run installs it): {line}\n{error}");
        }
    }

    /// <summary>Closes its standard input, which stops the server; kills it if it does not end.</summary>
    public async Task StopAsync()
    {
        if (_process is not { } process)
        {
            return;
        }

        _process = null;
        process.StandardInput.Close();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    public IReadOnlyList<ReceivedMail> Received() =>
        System.IO.Directory.Exists(Directory)
            ? System.IO.Directory.GetFiles(Directory, "*.eml").Order(StringComparer.Ordinal).Select(Read).ToList()
            : [];

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }

    private static ReceivedMail Read(string emlPath)
    {
        using var envelope = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(emlPath, ".json")));
        var recipients = envelope.RootElement.GetProperty("rcpt_tos").EnumerateArray().Select(r => r.GetString()!).ToList();
        return new ReceivedMail(MimeMessage.Load(emlPath), recipients);
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
