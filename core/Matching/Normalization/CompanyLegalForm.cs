namespace CrmIntegration.Core.Matching.Normalization;

/// <summary>
/// The legal-form classes <see cref="CompanyName.LegalForm"/> takes. A class names the legal form,
/// not the language it was written in: <c>Công ty TNHH</c>, <c>Co., Ltd</c>, <c>Company Limited</c> and
/// <c>LLC</c> are all <see cref="Tnhh"/>, because the English names are how Vietnamese limited-liability
/// companies translate themselves, and a Vietnamese and an English spelling of one company must agree.
/// </summary>
public static class CompanyLegalForm
{
    /// <summary>Limited liability (Công ty TNHH, Co., Ltd, Company Limited, Ltd, LLC, GmbH).</summary>
    public const string Tnhh = "tnhh";

    /// <summary>Single-member limited liability (TNHH MTV, One Member Co., Ltd).</summary>
    public const string TnhhMtv = "tnhh-mtv";

    /// <summary>Joint-stock (Công ty Cổ phần, CTCP, Cty CP, JSC, Joint Stock Company, PLC).</summary>
    public const string Cp = "cp";

    /// <summary>Corporation (Corporation, Corp, Tổng công ty).</summary>
    public const string Corp = "corp";

    /// <summary>Incorporated (Inc, Incorporated).</summary>
    public const string Inc = "inc";

    /// <summary>Private enterprise (Doanh nghiệp tư nhân, DNTN).</summary>
    public const string Dntn = "dntn";

    /// <summary>Cooperative (Hợp tác xã, HTX).</summary>
    public const string Htx = "htx";

    /// <summary>
    /// Whether two legal forms can belong to one company: an unknown form (null) fits any, and a
    /// single-member company is often written without "MTV" (<c>Sao Mai Co., Ltd</c>), so
    /// <see cref="TnhhMtv"/> fits <see cref="Tnhh"/>.
    /// </summary>
    public static bool AreCompatible(string? a, string? b) =>
        a is null || b is null || a == b || (a is Tnhh or TnhhMtv && b is Tnhh or TnhhMtv);
}
