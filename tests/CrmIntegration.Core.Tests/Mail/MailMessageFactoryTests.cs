using CrmIntegration.Core.Mail;
using CrmIntegration.Core.Tests.Infrastructure;
using MimeKit;

namespace CrmIntegration.Core.Tests.Mail;

public sealed class MailMessageFactoryTests : IDisposable
{
    private readonly TestCore _test = new(mail: MailTestData.Options());

    public void Dispose() => _test.Dispose();

    private QueuedMail Queue()
    {
        var rep = _test.Core.AddRep("binh", "binh@hoasen.example.vn");
        return _test.Core.QueueAssignment(rep, _test.Core.AddAssignedLead(rep));
    }

    [Fact]
    public void Message_CarriesTheQueuedMail_InUtf8_SevenBitSafe()
    {
        var mail = Queue();

        var message = MailMessageFactory.Build(mail);

        Assert.Equal(mail.MessageId, message.MessageId);
        Assert.Equal(new DateTimeOffset(mail.CreatedUtc, TimeSpan.Zero), message.Date);
        Assert.Equal("binh@hoasen.example.vn", Assert.Single(message.To.Mailboxes).Address);
        Assert.Equal("crm@hoasen.example.vn", Assert.Single(message.From.Mailboxes).Address);
        Assert.Equal("auto-generated", message.Headers["Auto-Submitted"]);
        Assert.Equal(mail.Subject, message.Subject);
        var parts = Assert.IsType<MultipartAlternative>(message.Body).OfType<TextPart>().ToList();
        Assert.Equal(["text/plain", "text/html"], parts.Select(p => p.ContentType.MimeType));
        Assert.All(parts, p => Assert.Equal("utf-8", p.ContentType.Charset));
        Assert.All(parts, p => Assert.NotEqual(ContentEncoding.EightBit, p.ContentTransferEncoding));
        Assert.Equal(mail.TextBody, parts[0].Text);

        using var bytes = new MemoryStream();
        message.WriteTo(bytes);
        Assert.All(bytes.ToArray(), b => Assert.True(b < 128, "the raw message is 7-bit"));
    }

    [Fact]
    public void BuildingTwice_GivesTheSameIdentity()
    {
        var mail = Queue();

        var (first, second) = (MailMessageFactory.Build(mail), MailMessageFactory.Build(mail));

        Assert.Equal((first.MessageId, first.Date, first.Subject), (second.MessageId, second.Date, second.Subject));
    }
}
