using System.Globalization;
using CrmIntegration.Core.Intake;
using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Security;
using Contract = CrmIntegration.Server.Soap.Intake.Contracts;

namespace CrmIntegration.Server.Soap.Intake;

/// <summary>Core's receipts and submitted leads as the intake contract's types.</summary>
public static class ReceiptMapper
{
    public static Contract.LeadReceipt ToContract(LeadReceipt receipt, UserDirectory users)
    {
        var duplicates = receipt.Duplicates.Select(d => new Contract.DuplicateOf { Module = d.Module, Id = d.Id, Rule = d.Rule, Score = d.Score }).ToArray();
        return new Contract.LeadReceipt
        {
            Outcome = (Contract.LeadOutcome)receipt.Outcome,
            Id = receipt.Id,
            PartnerRef = receipt.PartnerRef,
            DuplicateOf = duplicates.FirstOrDefault(),
            Duplicates = duplicates,
            Warnings = receipt.Warnings.ToArray(),
            AssignedUserId = Empty(receipt.AssignedUserId),
            // An Existing receipt carries only the rep's id; the name is looked up, never stored twice.
            AssignedUserName = receipt.AssignedUserName ?? users.Find(receipt.AssignedUserId)?.UserName,
            Error = receipt.Error is { } e ? new Contract.ReceiptError { Number = (int)e.Code, Name = e.Name, Description = e.Message } : null,
        };
    }

    public static Contract.LeadStatus ToContract(SubmittedLead submitted)
    {
        var lead = submitted.Lead;
        return new Contract.LeadStatus
        {
            Id = lead.Id,
            PartnerRef = Empty(lead["partner_ref"]),
            Status = lead["status"],
            AssignedUserId = Empty(lead[CommonFields.AssignedUserId]),
            AssignedUserName = submitted.AssignedUserName,
            Converted = lead["converted"] == "1",
            ContactId = Empty(lead["contact_id"]),
            AccountId = Empty(lead["account_id"]),
            OpportunityId = Empty(lead["opportunity_id"]),
            FirstName = Empty(lead["first_name"]),
            LastName = lead["last_name"],
            AccountName = Empty(lead["account_name"]),
            DateEntered = Utc(lead[CommonFields.DateEntered]),
            DateModified = Utc(lead[CommonFields.DateModified]),
        };
    }

    public static Contract.SubmissionPage ToContract(SubmissionPage page) => new()
    {
        Page = page.Page,
        PageSize = page.PageSize,
        TotalCount = page.TotalCount,
        NextPage = page.NextPage,
        Leads = page.Leads.Select(ToContract).ToArray(),
    };

    /// <summary>What a client sent as <c>xsd:dateTime</c>, in UTC; a time without an offset is taken as UTC.</summary>
    public static DateTime ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };

    private static DateTime Utc(string? stored) =>
        DateTime.TryParseExact(stored, CrmFormats.DateTime, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value)
            ? value
            : default;

    // Absent rather than an empty element: "no contact yet" reads better as a missing id.
    private static string? Empty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
