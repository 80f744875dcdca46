using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace CrmIntegration.Cli.CommandLine.HandOff;

/// <summary>
/// Sends a command to a server's admin endpoint and plays its answer back: stdout and stderr text
/// as the server's run writes it (progress bars included), then its exit code, so a handed-off
/// command looks exactly like one run here. Ctrl+C asks the server to cancel the job and keeps
/// reading, so the job's own "cancelled" message and exit code arrive as they would locally.
/// </summary>
internal static class HandOffClient
{
    public static async Task<ExitCode> RunAsync(HandOffTarget target, HandOffRequest request, CommandContext context)
    {
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        using var message = new HttpRequestMessage(HttpMethod.Post, target.Commands) { Content = JsonContent.Create(request) };
        message.Headers.Authorization = target.Authorization;

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, context.Cancellation);
        }
        catch (HttpRequestException e)
        {
            throw new CliException(ExitCode.ServerRefused, $"{target.Reason} did not answer at {target.Server}: {e.Message}");
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw new CliException(ExitCode.ServerRefused, $"{target.Reason} refused the command: {await ReasonAsync(response)}");
            }

            return await PlayAsync(http, target, response, context);
        }
    }

    private static async Task<ExitCode> PlayAsync(HttpClient http, HandOffTarget target, HttpResponseMessage response, CommandContext context)
    {
        var job = new JobCancellation(http, target);
        using var onCancel = context.Cancellation.Register(job.Request);
        await using var stream = await response.Content.ReadAsStreamAsync(CancellationToken.None);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (await ReadFrameAsync(reader, target) is { } frame)
        {
            if (frame.Job is { } id)
            {
                job.Started(id);
            }

            // Written outside the network's error handling: a closed local pipe (crm … | head) fails
            // as it would in a direct run, and dropping the answer stream cancels the job there.
            if (frame.Output is { } output)
            {
                await context.Output.WriteAsync(output);
                await context.Output.FlushAsync(CancellationToken.None);
            }

            if (frame.Error is { } error)
            {
                await context.Error.WriteAsync(error);
                await context.Error.FlushAsync(CancellationToken.None);
            }

            if (frame.Exit is { } exit)
            {
                return (ExitCode)exit;
            }
        }

        throw Interrupted(target, "the answer ended before the exit code");
    }

    /// <summary>The next frame of the answer, or null at its end.</summary>
    private static async Task<HandOffFrame?> ReadFrameAsync(StreamReader reader, HandOffTarget target)
    {
        try
        {
            return await reader.ReadLineAsync(CancellationToken.None) is { } line
                ? JsonSerializer.Deserialize<HandOffFrame>(line) ?? throw new JsonException("an empty frame")
                : null;
        }
        catch (Exception e) when (e is IOException or HttpRequestException or JsonException)
        {
            throw Interrupted(target, e.Message);
        }
    }

    private static CliException Interrupted(HandOffTarget target, string detail) =>
        new(ExitCode.ServerRefused, $"{target.Reason} stopped answering while it ran the command ({detail}); "
            + "the command may or may not have completed there: check before running it again");

    private static async Task<string> ReasonAsync(HttpResponseMessage response)
    {
        var text = (await response.Content.ReadAsStringAsync()).ReplaceLineEndings(" ").Trim();
        return text.Length > 0 ? text : $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}"
            + (response.StatusCode == HttpStatusCode.NotFound ? " (is it a CrmIntegration server of this version?)" : "");
    }

    /// <summary>Ctrl+C may come before the server has named the job; the request waits for the name then.</summary>
    private sealed class JobCancellation(HttpClient http, HandOffTarget target)
    {
        private readonly Lock _lock = new();
        private string? _job;
        private bool _requested;
        private bool _sent;

        public void Started(string job)
        {
            lock (_lock)
            {
                _job = job;
            }

            SendIfDue();
        }

        public void Request()
        {
            lock (_lock)
            {
                _requested = true;
            }

            SendIfDue();
        }

        private void SendIfDue()
        {
            string job;
            lock (_lock)
            {
                if (!_requested || _sent || _job is null)
                {
                    return;
                }

                (_sent, job) = (true, _job);
            }

            _ = SendAsync(job);
        }

        private async Task SendAsync(string job)
        {
            try
            {
                using var cancel = new HttpRequestMessage(HttpMethod.Post, target.Cancel(job));
                cancel.Headers.Authorization = target.Authorization;
                using var _ = await http.SendAsync(cancel, CancellationToken.None);
            }
            catch (HttpRequestException)
            {
                // The answer stream says what became of the job; if the server is gone, reading it fails too.
            }
        }
    }
}
