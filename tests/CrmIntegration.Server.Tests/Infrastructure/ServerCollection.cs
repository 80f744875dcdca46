namespace CrmIntegration.Server.Tests.Infrastructure;

/// <summary>Tests that share one running server (they create their own users and records).</summary>
[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<ServerFixture>
{
    public const string Name = "server";
}
