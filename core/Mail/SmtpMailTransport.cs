using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace CrmIntegration.Core.Mail;

/// <summary>
/// Sends through an SMTP relay with MailKit. Connects (and logs in) on the first message and keeps
/// the connection for the rest of the run. A refused recipient or message fails that message only;
/// anything that makes the relay unusable (connection, TLS, login, a refused sender, a timeout)
/// is reported as <see cref="MailSendOutcome.Unavailable"/> and the next message reconnects.
/// </summary>
public sealed class SmtpMailTransport(SmtpOptions options) : IMailTransport
{
    private SmtpClient? _client;

    public string Description => $"smtp://{options.Host}:{options.EffectivePort} ({options.Security})";

    public async Task<MailSendResult> SendAsync(MimeMessage message, CancellationToken cancellation)
    {
        try
        {
            var client = await ConnectedAsync(cancellation);
            // MailKit returns the reply's text only; acceptance of a message is always 250 (RFC 5321).
            var response = await client.SendAsync(message, cancellation);
            return new MailSendResult(MailSendOutcome.Sent, $"250 {response}");
        }
        catch (SmtpCommandException e) when (e.ErrorCode is SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted)
        {
            var outcome = (int)e.StatusCode >= 500 ? MailSendOutcome.Rejected : MailSendOutcome.Retry;
            return new MailSendResult(outcome, $"{(int)e.StatusCode} {e.Message}");
        }
        catch (Exception e) when (e is SmtpCommandException or SmtpProtocolException or ServiceNotConnectedException
            or AuthenticationException or SslHandshakeException or SocketException or IOException or TimeoutException
            || (e is OperationCanceledException && !cancellation.IsCancellationRequested))
        {
            // A refused sender is the relay's policy for every message, so it stops the run like a dead relay.
            await DropAsync();
            var status = e is SmtpCommandException command ? $"{(int)command.StatusCode} " : "";
            return new MailSendResult(MailSendOutcome.Unavailable, $"{Description}: {status}{e.Message}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_client is { IsConnected: true } client)
        {
            try
            {
                await client.DisconnectAsync(quit: true);
            }
            catch (Exception e) when (e is IOException or SocketException or SmtpProtocolException or TimeoutException)
            {
                // Every message of the run has its outcome already; a failed QUIT changes none of them.
            }
        }

        await DropAsync();
    }

    private async Task<SmtpClient> ConnectedAsync(CancellationToken cancellation)
    {
        if (_client is { IsConnected: true } connected)
        {
            return connected;
        }

        await DropAsync();
        var client = new SmtpClient { Timeout = (int)options.Timeout.TotalMilliseconds };
        _client = client;
        await client.ConnectAsync(options.Host ?? "", options.EffectivePort, SecureSocket(options.Security), cancellation);
        if (!string.IsNullOrEmpty(options.UserName))
        {
            await client.AuthenticateAsync(options.UserName, options.Password ?? "", cancellation);
        }

        return client;
    }

    private Task DropAsync()
    {
        _client?.Dispose();
        _client = null;
        return Task.CompletedTask;
    }

    private static SecureSocketOptions SecureSocket(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}
