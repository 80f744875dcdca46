namespace CrmIntegration.Core.Errors;

/// <summary>Messages of the partner lead intake's lookups (core/Intake/LeadSubmissions.cs).</summary>
public sealed partial class CrmException
{
    /// <summary>
    /// No lead of the caller's under this reference. Worded like <see cref="NoSuchRecord"/>: the same
    /// answer whether another partner used the reference or nobody did.
    /// </summary>
    public static CrmException NoSuchSubmission(string partnerRef) =>
        InvalidData($"no Leads record was submitted by you under partner_ref '{partnerRef}'");

    public static CrmException LeadNotNamed() =>
        InvalidData("give the lead's id or its partner_ref");

    public static CrmException PageOutOfRange(int page) =>
        InvalidData($"page counts from 1, not {page}");

    /// <summary>A typed submission whose extra fields name nothing in the Leads registry: refused rather than silently dropped.</summary>
    public static CrmException UnknownExtraField(string? name) =>
        InvalidData($"extra_fields: '{name}' is not a Leads field (get_module_fields lists them)");

    /// <summary>Fields a submission cannot set: a submission always makes a new lead, and core keeps its own fields.</summary>
    public static CrmException ExtraFieldNotAllowed(string name) =>
        InvalidData($"extra_fields: '{name}' cannot be set by a submission");

    public static CrmException ExtraFieldGivenTwice(string name, string element) =>
        InvalidData($"extra_fields: '{name}' is also given as the element {element}; send it once");

    public static CrmException NoLeadGiven() => InvalidData("lead is required");

    /// <summary>
    /// The token's digest is SHA-1 over nonce, time and the plain password, which the server never
    /// keeps (only a salted slow hash of its MD5), so a digest can never be checked.
    /// </summary>
    public static CrmException PasswordDigestNotSupported() =>
        new(CrmErrorCode.InvalidLogin,
            "Login attempt failed: UsernameToken PasswordDigest cannot be verified (the server keeps only a salted hash); send PasswordText over HTTPS, or log in and pass the session");
}
