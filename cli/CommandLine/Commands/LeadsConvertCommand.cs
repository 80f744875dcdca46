using System.CommandLine;
using CrmIntegration.Core;
using CrmIntegration.Core.Conversion;
using CrmIntegration.Core.Security;

namespace CrmIntegration.Cli.CommandLine.Commands;

/// <summary>
/// <c>crm leads convert</c>: the core's lead conversion (core/Conversion) from the shell. Acts as
/// the built-in administrator unless <c>--as</c> names a user, whose access rules then apply.
/// </summary>
internal static class LeadsConvertCommand
{
    public static Command Create(CliEnvironment environment, CommonOptions common)
    {
        var leadId = new Argument<string>("lead_id") { Description = "The lead to convert (its id)." };
        var accountId = new Option<string>("--account-id") { Description = "Link this existing account instead of matching or creating one.", HelpName = "ID" };
        var accountName = new Option<string>("--account-name") { Description = "Name of the new account (default: the lead's account_name).", HelpName = "NAME" };
        var contactId = new Option<string>("--contact-id") { Description = "Link this existing contact instead of matching or creating one.", HelpName = "ID" };
        var noMatch = new Option<bool>("--no-match") { Description = "Do not link records found by matching; create new ones unless ids are given." };
        var opportunity = new Option<string>("--opportunity") { Description = "Also create an opportunity with this name.", HelpName = "NAME" };
        var amount = new Option<string>("--amount") { Description = "The opportunity's amount (default: the lead's opportunity_amount).", HelpName = "N" };
        var salesStage = new Option<string>("--sales-stage") { Description = "The opportunity's sales stage (default: Prospecting).", HelpName = "STAGE" };
        var closeDate = new Option<string>("--close-date") { Description = "The opportunity's expected close date, yyyy-MM-dd (required with --opportunity).", HelpName = "DATE" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Show what would be created or linked; write nothing." };
        var actAs = new Option<string>("--as") { Description = "Convert as this user (user name or id); default: the administrator.", HelpName = "USER" };
        var command = new Command("convert", "Convert a lead into a contact and an account (existing ones are linked when they match "
            + "exactly: same email, or same name and phone; same company name), optionally with an opportunity. Its activities "
            + "move to the contact; the lead becomes Converted. All or nothing.\n"
            + "Example: crm leads convert LEAD_ID --opportunity \"Bảo trì 2026\" --amount 150000000 --close-date 2026-06-30")
        {
            leadId, accountId, accountName, contactId, noMatch, opportunity, amount, salesStage, closeDate, dryRun, actAs,
        };
        command.SetHandler(environment, common, (parseResult, context) =>
        {
            var withOpportunity = parseResult.GetValue(opportunity) is not null;
            var request = new LeadConversionRequest(parseResult.GetRequiredValue(leadId))
            {
                AccountId = parseResult.GetValue(accountId),
                AccountName = parseResult.GetValue(accountName),
                ContactId = parseResult.GetValue(contactId),
                MatchExisting = !parseResult.GetValue(noMatch),
                CreateOpportunity = withOpportunity,
                OpportunityName = parseResult.GetValue(opportunity),
                OpportunityAmount = parseResult.GetValue(amount),
                SalesStage = parseResult.GetValue(salesStage),
                DateClosed = parseResult.GetValue(closeDate),
            };
            if (!withOpportunity && (request.OpportunityAmount ?? request.SalesStage ?? request.DateClosed) is not null)
            {
                throw new CliException(ExitCode.Usage, "--amount, --sales-stage and --close-date go with --opportunity NAME");
            }

            return Task.FromResult(Run(context, request, parseResult.GetValue(dryRun), parseResult.GetValue(actAs)));
        });
        return command;
    }

    internal static ExitCode Run(CommandContext context, LeadConversionRequest request, bool dryRun, string? actAs)
    {
        using var database = DatabaseAccess.OpenExisting(context);
        var core = database.Core;
        var user = actAs is null ? UserAdministration.SystemActor : UserDirectory.FromRecord(UserLookup.Require(core, actAs));
        if (core.Store.Get("Leads", request.LeadId) is not { IsDeleted: false })
        {
            throw new CliException(ExitCode.NotFound, $"there is no lead '{request.LeadId}'");
        }

        context.Cancellation.ThrowIfCancellationRequested();
        var result = dryRun ? core.Conversions.Preview(user, request) : core.Conversions.Convert(user, request);
        Print(context.Output, result, dryRun);
        return ExitCode.Ok;
    }

    private static void Print(TextWriter output, LeadConversionResult result, bool dryRun)
    {
        // A dry run's new records were rolled back: their ids would name nothing.
        string Id(string id, bool created) => dryRun && created ? "(new)" : id;
        string How(bool created) => created ? dryRun ? "would be created" : "created" : "linked";

        output.WriteLine(dryRun ? $"Dry run: lead {result.LeadId} would be converted; nothing was written." : $"Converted lead {result.LeadId}.");
        output.WriteLine($"contact      {Id(result.ContactId, result.ContactCreated)}  {How(result.ContactCreated)}");
        output.WriteLine($"account      {Id(result.AccountId, result.AccountCreated)}  {How(result.AccountCreated)}");
        if (result.OpportunityId is { } opportunity)
        {
            output.WriteLine($"opportunity  {Id(opportunity, true)}  {How(true)}");
        }

        output.WriteLine($"activities   {result.ActivitiesMoved} {(dryRun ? "would move" : "moved")} to the contact");
    }
}
