namespace CrmIntegration.Core.Modules.Catalog;

/// <summary>SugarCRM's <c>person</c> template, shared by Leads, Contacts and Prospects.</summary>
internal static class PersonTemplate
{
    public static ModuleBuilder Person(this ModuleBuilder module) => module
        .Enum("salutation", "Salutation", "Danh xưng", Options.Salutation)
        .Varchar("first_name", "First Name", "Tên", 100, indexed: true)
        .Varchar("last_name", "Last Name", "Họ", 100, required: true, indexed: true)
        .Varchar("title", "Title", "Chức danh", 100)
        .Varchar("department", "Department", "Phòng ban", 255)
        .Typed("do_not_call", FieldType.Bool, "Do Not Call", "Không gọi điện", defaultValue: "0")
        .Add(new FieldDefinition("phone_home", FieldType.Phone, "Home Phone", "Điện thoại nhà") { MaxLength = 100 })
        .Add(new FieldDefinition("phone_mobile", FieldType.Phone, "Mobile", "Di động") { MaxLength = 100, Indexed = true })
        .Add(new FieldDefinition("phone_work", FieldType.Phone, "Office Phone", "Điện thoại cơ quan") { MaxLength = 100, Indexed = true })
        .Add(new FieldDefinition("phone_other", FieldType.Phone, "Other Phone", "Điện thoại khác") { MaxLength = 100 })
        .Add(new FieldDefinition("phone_fax", FieldType.Phone, "Fax", "Fax") { MaxLength = 100 })
        .Add(new FieldDefinition("email1", FieldType.Email, "Email Address", "Địa chỉ email") { MaxLength = 100, Indexed = true })
        .Add(new FieldDefinition("email2", FieldType.Email, "Other Email", "Email khác") { MaxLength = 100 })
        .Typed("email_opt_out", FieldType.Bool, "Email Opt Out", "Từ chối nhận email", defaultValue: "0")
        .Typed("invalid_email", FieldType.Bool, "Invalid Email", "Email không hợp lệ", defaultValue: "0")
        .Address("primary_address", "Primary Address", "Địa chỉ chính")
        .Address("alt_address", "Alternate Address", "Địa chỉ khác")
        .Varchar("assistant", "Assistant", "Trợ lý", 75)
        .Add(new FieldDefinition("assistant_phone", FieldType.Phone, "Assistant Phone", "Điện thoại trợ lý") { MaxLength = 100 })
        .Typed("birthdate", FieldType.Date, "Birthdate", "Ngày sinh")
        .Display("last_name", "first_name", "last_name", "email1", "phone_work", "phone_mobile");

    /// <summary>The five address parts SugarCRM keeps per address (<c>primary_address_street</c>, …).</summary>
    public static ModuleBuilder Address(this ModuleBuilder module, string prefix, string en, string vi) => module
        .Varchar($"{prefix}_street", $"{en} Street", $"{vi} - Đường", 150)
        .Varchar($"{prefix}_city", $"{en} City", $"{vi} - Tỉnh/Thành phố", 100)
        .Varchar($"{prefix}_state", $"{en} State", $"{vi} - Quận/Huyện", 100)
        .Varchar($"{prefix}_postalcode", $"{en} Postal Code", $"{vi} - Mã bưu chính", 20)
        .Varchar($"{prefix}_country", $"{en} Country", $"{vi} - Quốc gia", 255);
}
