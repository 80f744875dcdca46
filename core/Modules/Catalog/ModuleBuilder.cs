namespace CrmIntegration.Core.Modules.Catalog;

/// <summary>
/// A compact way to write module definitions: SugarCRM's vardef templates (basic, assignable,
/// person, company, address) as methods, so each module file lists only what is its own.
/// </summary>
internal sealed class ModuleBuilder(string name, string tableName, string labelEn, string labelVi)
{
    private readonly List<FieldDefinition> _fields = [];
    private readonly List<LinkDefinition> _links = [];
    private bool _audited;
    private string _displayField = "name";
    private string[] _searchFields = ["name"];

    /// <summary>The module being built, so templates can add links that depend on it.</summary>
    public string Name => name;

    /// <summary>SugarCRM's <c>basic</c> template: id, dates, who created and modified, description, deleted.</summary>
    public ModuleBuilder Basic(bool withName = true)
    {
        Add(new FieldDefinition(CommonFields.Id, FieldType.Id, "ID", "Mã") { System = true, Indexed = true, Audited = false });
        if (withName)
        {
            Add(new FieldDefinition("name", FieldType.Name, "Name", "Tên") { Required = true, MaxLength = 255, Indexed = true });
        }

        Add(new FieldDefinition(CommonFields.DateEntered, FieldType.DateTime, "Date Created", "Ngày tạo") { System = true, Indexed = true, Audited = false });
        Add(new FieldDefinition(CommonFields.DateModified, FieldType.DateTime, "Date Modified", "Ngày sửa") { System = true, Indexed = true, Audited = false });
        Add(new FieldDefinition(CommonFields.ModifiedUserId, FieldType.Id, "Modified By Id", "Mã người sửa") { System = true, RelatedModule = "Users", Audited = false });
        Add(new FieldDefinition(CommonFields.CreatedBy, FieldType.Id, "Created By Id", "Mã người tạo") { System = true, RelatedModule = "Users", Indexed = true, Audited = false });
        Add(new FieldDefinition("description", FieldType.Text, "Description", "Mô tả"));
        Add(new FieldDefinition(CommonFields.Deleted, FieldType.Bool, "Deleted", "Đã xoá") { DefaultValue = "0", Audited = false });
        return this;
    }

    /// <summary>SugarCRM's <c>assignable</c> template: the owning user.</summary>
    public ModuleBuilder Assignable() =>
        Add(new FieldDefinition(CommonFields.AssignedUserId, FieldType.Id, "Assigned User Id", "Mã người phụ trách")
        {
            RelatedModule = "Users",
            Indexed = true,
        });

    public ModuleBuilder Audited()
    {
        _audited = true;
        return this;
    }

    public ModuleBuilder Display(string field, params string[] searchFields)
    {
        _displayField = field;
        _searchFields = searchFields.Length > 0 ? searchFields : [field];
        return this;
    }

    /// <summary>Takes the store index off fields a template indexed, keeping their place in the list.</summary>
    public ModuleBuilder Unindexed(params string[] fields)
    {
        foreach (var name in fields)
        {
            var at = _fields.FindIndex(f => f.Name == name);
            if (at < 0)
            {
                throw new InvalidOperationException($"{Name} has no field {name} to take the index off");
            }

            _fields[at] = _fields[at] with { Indexed = false };
        }

        return this;
    }

    /// <summary>Lets equality lookups on <paramref name="field"/> go through another field's index (<see cref="DerivedLookup"/>).</summary>
    public ModuleBuilder LookedUpThrough(string field, string keyField, Func<string, string?> derive)
    {
        var at = _fields.FindIndex(f => f.Name == field);
        if (at < 0 || _fields.All(f => f.Name != keyField || !f.Indexed))
        {
            throw new InvalidOperationException($"{Name} needs the field {field} and the indexed field {keyField} for a derived lookup");
        }

        _fields[at] = _fields[at] with { Lookup = new DerivedLookup(keyField, derive) };
        return this;
    }

    public ModuleBuilder Add(FieldDefinition field)
    {
        _fields.RemoveAll(f => f.Name == field.Name);
        _fields.Add(field);
        return this;
    }

    public ModuleBuilder Varchar(string field, string en, string vi, int maxLength = 255, bool required = false, bool indexed = false) =>
        Add(new FieldDefinition(field, FieldType.Varchar, en, vi) { MaxLength = maxLength, Required = required, Indexed = indexed });

    public ModuleBuilder Text(string field, string en, string vi) => Add(new FieldDefinition(field, FieldType.Text, en, vi));

    public ModuleBuilder Typed(
        string field, FieldType type, string en, string vi, bool required = false, string? defaultValue = null, bool indexed = false) =>
        Add(new FieldDefinition(field, type, en, vi) { Required = required, DefaultValue = defaultValue, Indexed = indexed });

    public ModuleBuilder Phone(string field, string en, string vi, bool indexed = false) =>
        Add(new FieldDefinition(field, FieldType.Phone, en, vi) { MaxLength = 100, Indexed = indexed });

    public ModuleBuilder Email(string field, string en, string vi, bool indexed = false) =>
        Add(new FieldDefinition(field, FieldType.Email, en, vi) { MaxLength = 100, Indexed = indexed });

    public ModuleBuilder Url(string field, string en, string vi) =>
        Add(new FieldDefinition(field, FieldType.Url, en, vi) { MaxLength = 255 });

    public ModuleBuilder Enum(
        string field, string en, string vi, OptionList options, bool required = false, string? defaultValue = null, bool indexed = false) =>
        Add(new FieldDefinition(field, FieldType.Enum, en, vi)
        {
            OptionsName = options.Name,
            Options = options.Options,
            Required = required,
            DefaultValue = defaultValue,
            MaxLength = 100,
            Indexed = indexed,
        });

    /// <summary>A multi-select, stored as SugarCRM stores it (<c>^a^,^b^</c>).</summary>
    public ModuleBuilder MultiEnum(string field, string en, string vi, OptionList options) =>
        Add(new FieldDefinition(field, FieldType.MultiEnum, en, vi) { OptionsName = options.Name, Options = options.Options });

    /// <summary>SugarCRM's <c>currency_id</c>; <c>-99</c> is its id for the system's default currency.</summary>
    public ModuleBuilder CurrencyId() =>
        Add(new FieldDefinition("currency_id", FieldType.Id, "Currency", "Loại tiền tệ") { DefaultValue = "-99" });

    /// <summary>A number core assigns from a sequence on create (SugarCRM's <c>case_number</c>); callers cannot set it.</summary>
    public ModuleBuilder AutoNumber(string field, string en, string vi) =>
        Add(new FieldDefinition(field, FieldType.AutoIncrement, en, vi) { System = true, Indexed = true, Audited = false });

    /// <summary>An amount with SugarCRM's currency fields beside it.</summary>
    public ModuleBuilder Money(string field, string en, string vi, bool required = false) =>
        Typed(field, FieldType.Currency, en, vi, required).CurrencyId();

    /// <summary>An id field pointing at another module (SugarCRM: an <c>id</c> field plus a <c>relate</c> field).</summary>
    public ModuleBuilder RelateId(string field, string module, string en, string vi, bool required = false) =>
        Add(new FieldDefinition(field, FieldType.Id, en, vi) { RelatedModule = module, Indexed = true, Required = required });

    /// <summary>A named link; <c>onRhsSide</c> marks, for a relationship within one module, the link read from the right-hand record.</summary>
    public ModuleBuilder Link(string link, string relationship, string module, string en, string vi, bool onRhsSide = false)
    {
        _links.Add(new LinkDefinition(link, relationship, module, en, vi) { OnRhsSide = onRhsSide });
        return this;
    }

    public ModuleDefinition Build() =>
        new(name, tableName, labelEn, labelVi, _fields, _links)
        {
            Audited = _audited,
            DisplayField = _displayField,
            SearchFields = _searchFields,
        };
}
