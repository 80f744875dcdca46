using CrmIntegration.Core;
using CrmIntegration.Core.Errors;
using CrmIntegration.Core.Intake;
using CrmIntegration.Core.Security;
using Contract = CrmIntegration.Server.Soap.Intake.Contracts;

namespace CrmIntegration.Server.Soap.Intake;

/// <summary>
/// The typed intake service: an adapter that authenticates the caller, maps the contract types and
/// calls core's <see cref="LeadIntake"/> and <see cref="LeadSubmissions"/>, where the rules and
/// access checks live. Faults are made by <see cref="Faults.CrmFaultTransformer"/>.
/// </summary>
public sealed class LeadIntakeService(CrmCore core, IHttpContextAccessor http) : ILeadIntakeService
{
    public const string Path = "/LeadIntake.svc";

    public Task<string> LoginAsync(string user_name, string password, string encryption)
    {
        var plain = string.Equals(encryption, "PLAIN", StringComparison.OrdinalIgnoreCase);
        return Task.FromResult(core.Auth.Login(user_name, password, plain).Id);
    }

    public async Task<Contract.LeadReceipt> SubmitLeadAsync(string session, Contract.LeadSubmission lead)
    {
        var user = Caller(session);
        var (fields, error) = SubmissionMapper.ToFields(lead, Leads);
        var receipt = fields is null ? Refused(lead, error!) : await core.Intake.SubmitAsync(user, fields);
        return ReceiptMapper.ToContract(receipt, core.Users);
    }

    public async Task<Contract.LeadReceipt[]> SubmitLeadsAsync(string session, Contract.LeadSubmission[] leads)
    {
        var user = Caller(session);
        var items = leads ?? [];
        var mapped = items.Select(lead => SubmissionMapper.ToFields(lead, Leads)).ToList();
        var valid = mapped.Where(m => m.Fields is not null).Select(m => (IEnumerable<KeyValuePair<string, string?>>)m.Fields!).ToList();

        // The batch limit is core's: a batch out of range goes to core whole, to be refused there.
        if (items.Length is 0 or > LeadIntake.MaxBatch)
        {
            await core.Intake.SubmitManyAsync(user, mapped.Select(m => (IEnumerable<KeyValuePair<string, string?>>)(m.Fields ?? [])).ToList());
        }

        var submitted = valid.Count > 0 ? await core.Intake.SubmitManyAsync(user, valid) : [];
        var next = 0;
        return mapped
            .Select((m, i) => m.Fields is null ? Refused(items[i], m.Error!) : submitted[next++])
            .Select(r => ReceiptMapper.ToContract(r, core.Users))
            .ToArray();
    }

    public Task<Contract.LeadStatus> GetLeadStatusAsync(string session, string id, string partner_ref) =>
        Task.FromResult(ReceiptMapper.ToContract(core.Submissions.Get(Caller(session), id, partner_ref)));

    public Task<Contract.SubmissionPage> ListMySubmissionsAsync(string session, DateTime since, int page) =>
        Task.FromResult(ReceiptMapper.ToContract(core.Submissions.ListSince(Caller(session), ReceiptMapper.ToUtc(since), page)));

    private Core.Modules.ModuleDefinition Leads => core.Registry.Get(LeadIntake.Module);

    /// <summary>
    /// The session's user; with no session, the request's UsernameToken checked against the user
    /// store (no session is opened). PasswordText only: see <see cref="CrmException.PasswordDigestNotSupported"/>.
    /// </summary>
    private CrmUser Caller(string? session)
    {
        if (!string.IsNullOrEmpty(session))
        {
            return core.Auth.Validate(session);
        }

        return UsernameTokenFilter.Current(http.HttpContext) switch
        {
            null => throw CrmException.InvalidSession(),
            { IsDigest: true } => throw CrmException.PasswordDigestNotSupported(),
            var token => core.Auth.Authenticate(token.UserName, token.Password, plain: true),
        };
    }

    private static LeadReceipt Refused(Contract.LeadSubmission? lead, CrmException error) =>
        new(Core.Intake.LeadOutcome.Rejected, null) { Error = error, PartnerRef = lead?.PartnerRef?.Trim() };
}
