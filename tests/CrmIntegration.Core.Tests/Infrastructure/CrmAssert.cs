using CrmIntegration.Core.Errors;

namespace CrmIntegration.Core.Tests.Infrastructure;

public static class CrmAssert
{
    /// <summary>Asserts that <paramref name="action"/> fails with this SugarCRM error number and returns the exception.</summary>
    public static CrmException Fails(CrmErrorCode code, Action action)
    {
        var error = Assert.Throws<CrmException>(action);
        Assert.True(code == error.Code, $"expected error {(int)code} {code}, got {(int)error.Code} {error.Code}: {error.Message}");
        return error;
    }

    public static CrmException Fails(CrmErrorCode code, Func<object?> action) => Fails(code, () => { action(); });
}
