namespace CrmIntegration.Core.Storage;

/// <summary>One record's address: its module (canonical name) and id.</summary>
public readonly record struct RecordKey(string Module, string Id)
{
    public override string ToString() => $"{Module}/{Id}";
}
