using CrmIntegration.Core.Modules;
using CrmIntegration.Core.Records;

namespace CrmIntegration.Core.Tests.Modules;

public sealed class IgnoredFieldsTests
{
    private static readonly ModuleDefinition Leads = ModuleRegistry.Default.Get("Leads");

    [Fact]
    public void In_NamesNoFieldOfTheModule_OnceEachInOrder()
    {
        var ignored = IgnoredFields.In(Leads, ["last_name", "phone_mobil", "PHONE_MOBILE", "emial1", "Phone_Mobil", "new_with_id", "id", ""]);

        Assert.Equal(["phone_mobil", "emial1", ""], ignored);
    }

    [Fact]
    public void Warnings_NameTheFieldAndTheModule()
    {
        var warning = Assert.Single(IgnoredFields.Warnings(Leads, ["phone_mobil"]));

        Assert.Equal("'phone_mobil' is not a Leads field and was ignored (get_module_fields lists the fields)", warning);
    }
}
