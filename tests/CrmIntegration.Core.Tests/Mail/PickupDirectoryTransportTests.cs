using CrmIntegration.Core.Mail;
using CrmIntegration.Core.Tests.Infrastructure;
using MimeKit;

namespace CrmIntegration.Core.Tests.Mail;

public sealed class PickupDirectoryTransportTests : IDisposable
{
    private readonly TestCore _test = new(mail: MailTestData.Options());

    public void Dispose() => _test.Dispose();

    [Fact]
    public async Task DefaultTransport_WritesAParseableEml_IntoOutboxBesideTheDatabase()
    {
        var rep = _test.Core.AddRep("binh", "binh@hoasen.example.vn");
        var mail = _test.Core.QueueAssignment(rep, _test.Core.AddAssignedLead(rep));
        var outbox = Path.Combine(_test.Database.DirectoryPath, "outbox");

        await using (var transport = _test.Core.CreateMailTransport())
        {
            Assert.IsType<PickupDirectoryTransport>(transport);
            Assert.Equal(1, (await _test.Core.MailDelivery.DeliverDueAsync(transport, default)).Sent);
        }

        var file = Assert.Single(Directory.GetFiles(outbox));
        Assert.Equal(mail.MessageId + ".eml", Path.GetFileName(file));
        var parsed = await MimeMessage.LoadAsync(file);
        Assert.Equal(mail.MessageId, parsed.MessageId);
        Assert.Equal("Khách hàng tiềm năng mới: Nguyễn Thị Hồng Nhung / New lead assigned to you", parsed.Subject);
        Assert.Contains("Chào Trần Văn Bình,", parsed.TextBody);
        Assert.Contains("Công ty TNHH Hoa Sen", parsed.HtmlBody);
        Assert.Contains($"written to {file}", _test.Core.Store.GetMail(mail.Id)!.Log[^1].Detail);
    }

    [Fact]
    public async Task SendingTheSameMessageAgain_ReplacesItsFile_AndLeavesNoTemporaryFiles()
    {
        var directory = Path.Combine(_test.Database.DirectoryPath, "pickup");
        var message = new MimeMessage { MessageId = "abc@example.vn", Subject = "Xin chào" };
        message.From.Add(MailboxAddress.Parse("crm@example.vn"));
        message.To.Add(MailboxAddress.Parse("binh@example.vn"));
        message.Body = new TextPart("plain") { Text = "Nội dung" };
        await using var transport = new PickupDirectoryTransport(directory);

        Assert.Equal(MailSendOutcome.Sent, (await transport.SendAsync(message, default)).Outcome);
        Assert.Equal(MailSendOutcome.Sent, (await transport.SendAsync(message, default)).Outcome);

        Assert.Equal(["abc@example.vn.eml"], Directory.GetFiles(directory).Select(Path.GetFileName));
    }

    [Fact]
    public async Task UnwritableDirectory_IsReportedAsUnavailable()
    {
        var blocker = Path.Combine(_test.Database.DirectoryPath, "not-a-directory");
        await File.WriteAllTextAsync(blocker, "a file where the pickup directory should be");
        var message = new MimeMessage { MessageId = "x@example.vn" };
        await using var transport = new PickupDirectoryTransport(blocker);

        var result = await transport.SendAsync(message, default);

        Assert.Equal(MailSendOutcome.Unavailable, result.Outcome);
        Assert.Contains(blocker, result.Detail);
    }
}
