using System.Text;
using System.Threading.Channels;
using CrmIntegration.Cli.CommandLine.HandOff;

namespace CrmIntegration.Server.Admin;

/// <summary>
/// A command's stdout or stderr inside the server: each write becomes a frame on a channel that the
/// endpoint sends to the caller (<see cref="FramePump"/>), in the order written across both streams.
/// Thread-safe, since a progress bar writes from another thread than the command.
/// </summary>
internal sealed class FrameWriter(ChannelWriter<HandOffFrame> frames, bool isError) : TextWriter
{
    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => Write(value.ToString());

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void Write(string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            frames.TryWrite(isError ? new HandOffFrame(Error: value) : new HandOffFrame(Output: value));
        }
    }
}
