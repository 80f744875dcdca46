using CrmIntegration.Core.Matching.Normalization;
using CrmIntegration.Core.Records;
using CrmIntegration.Core.Security;

namespace CrmIntegration.Core.Records.Rules;

/// <summary>
/// Keeps a lead's normalised match keys (<c>email_key</c>, <c>phone_key</c>) in step with its email
/// and phones on every save, whichever path wrote it, so lookups by key need no normalising scan.
/// The mobile number is the key when there is one: it is the person's, a work number may be a
/// shared switchboard.
/// </summary>
public sealed class LeadsRules : IRecordRules
{
    public string Module => "Leads";

    public void BeforeSave(CrmUser user, CrmRecord record, CrmRecord? before, IReadOnlyDictionary<string, string?> input)
    {
        record["email_key"] = EmailKey.Normalize(record["email1"]) ?? EmailKey.Normalize(record["email2"]);
        record["phone_key"] = PhoneKey.Normalize(record["phone_mobile"]) ?? PhoneKey.Normalize(record["phone_work"])
            ?? PhoneKey.Normalize(record["phone_home"]) ?? PhoneKey.Normalize(record["phone_other"]);
    }
}
