using CrmIntegration.Core.Storage;
using MimeKit;

namespace CrmIntegration.Core.Mail;

/// <summary>
/// Writes each message as <c>&lt;Message-Id&gt;.eml</c> into a pickup directory (the default when no
/// SMTP host is set: <c>data/outbox/</c>). The file is written under a dot-name ending in
/// <c>.tmp</c>, flushed to disk and renamed, so a pickup agent never sees half a message; a resend
/// of the same mail replaces its file rather than adding a second one.
/// </summary>
public sealed class PickupDirectoryTransport(string directory) : IMailTransport
{
    public string Description => $"pickup directory {Path.GetFullPath(directory)}";

    public async Task<MailSendResult> SendAsync(MimeMessage message, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(message);
        var name = FileNameFor(message);
        var final = Path.Combine(directory, name);
        var temporary = Path.Combine(directory, $".{name}.{Guid.NewGuid():N}.tmp");
        try
        {
            // Owner-only: a mail is customer data (OwnerOnly). The rename keeps the file's mode.
            OwnerOnly.CreateDirectory(directory);
            await using (var stream = OwnerOnly.Open(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                await message.WriteToAsync(stream, cancellation);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, final, overwrite: true);
            return new MailSendResult(MailSendOutcome.Sent, $"written to {final}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            return new MailSendResult(MailSendOutcome.Unavailable, $"{Description}: {e.Message}");
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The write already failed and is reported; a leftover .tmp file is ignored by pickup agents.
        }
    }

    /// <summary>The Message-Id made safe as a file name (it never holds '/', but a hand-made one might).</summary>
    public static string FileNameFor(MimeMessage message)
    {
        var id = string.IsNullOrEmpty(message.MessageId) ? Guid.NewGuid().ToString("N") : message.MessageId;
        var safe = string.Concat(id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '@' ? c : '_'));
        return safe + ".eml";
    }
}
