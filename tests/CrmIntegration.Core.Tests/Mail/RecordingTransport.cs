using CrmIntegration.Core.Mail;
using MimeKit;

namespace CrmIntegration.Core.Tests.Mail;

/// <summary>A transport that answers from a script of outcomes (Sent when the script runs out) and keeps what it was given.</summary>
internal sealed class RecordingTransport(params MailSendOutcome[] script) : IMailTransport
{
    private readonly Queue<MailSendOutcome> _script = new(script);

    public List<MimeMessage> Attempted { get; } = [];

    public string Description => "recording transport";

    public Task<MailSendResult> SendAsync(MimeMessage message, CancellationToken cancellation)
    {
        Attempted.Add(message);
        var outcome = _script.TryDequeue(out var next) ? next : MailSendOutcome.Sent;
        return Task.FromResult(new MailSendResult(outcome, outcome == MailSendOutcome.Sent ? "250 2.0.0 OK queued" : $"451 4.3.0 scripted {outcome}"));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
