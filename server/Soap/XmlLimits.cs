namespace CrmIntegration.Server.Soap;

/// <summary>
/// How much XML one request may hold. SoapCore builds the whole envelope as a DOM and copies it
/// recursively, so a deep body (100,000 nested elements in 900 KB) overflowed the stack and ended the
/// process, and a wide one cost seconds of CPU. Real requests stay far below: a 500-lead
/// <c>set_entries</c> is about 45,000 elements, 8 levels deep.
/// </summary>
public sealed record XmlLimits(int MaxDepth, int MaxElements, int MaxAttributesPerElement, int MaxAttributes)
{
    public static readonly XmlLimits Default = new(MaxDepth: 64, MaxElements: 100_000, MaxAttributesPerElement: 32, MaxAttributes: 100_000);
}
