using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using CrmIntegration.Cli.CommandLine.HandOff;

namespace CrmIntegration.Server.Admin;

/// <summary>
/// Sends frames to the caller as newline-delimited JSON, flushing after each burst so output and
/// progress arrive as they are written. Consecutive writes to the same stream are joined into one
/// frame (a table written cell by cell is a few frames, not thousands).
/// </summary>
internal static class FramePump
{
    private static readonly ReadOnlyMemory<byte> NewLine = "\n"u8.ToArray();

    public static async Task RunAsync(ChannelReader<HandOffFrame> frames, Stream body, CancellationToken cancellation)
    {
        var pending = new StringBuilder();
        bool? pendingIsError = null;
        while (await frames.WaitToReadAsync(cancellation))
        {
            while (frames.TryRead(out var frame))
            {
                var isError = frame.Error is not null;
                if (frame.Output is null && frame.Error is null || pendingIsError is { } open && open != isError)
                {
                    await FlushPendingAsync();
                }

                if (frame.Output is null && frame.Error is null)
                {
                    await WriteAsync(body, frame, cancellation);
                    continue;
                }

                pending.Append(frame.Output ?? frame.Error);
                pendingIsError = isError;
            }

            await FlushPendingAsync();
            await body.FlushAsync(cancellation);
        }

        async Task FlushPendingAsync()
        {
            if (pendingIsError is not { } isError)
            {
                return;
            }

            var text = pending.ToString();
            pending.Clear();
            pendingIsError = null;
            await WriteAsync(body, isError ? new HandOffFrame(Error: text) : new HandOffFrame(Output: text), cancellation);
        }
    }

    private static async Task WriteAsync(Stream body, HandOffFrame frame, CancellationToken cancellation)
    {
        await JsonSerializer.SerializeAsync(body, frame, cancellationToken: cancellation);
        await body.WriteAsync(NewLine, cancellation);
    }
}
