using System.Text;
using CrmIntegration.Core.Matching.Normalization;
using CrmIntegration.Core.Records.Rules;

namespace CrmIntegration.Core.Modules.Catalog;

internal static class LeadsModule
{
    public static ModuleDefinition Build() => new ModuleBuilder("Leads", "leads", "Leads", "Khách hàng tiềm năng")
        .Basic(withName: false)
        .Assignable()
        .Add(Matching.Merge.MergeFields.MergedIntoField("Leads"))
        .Audited()
        .Person()
        // Leads arrive by the thousand a minute (LeadIntake), and each store index costs every insert
        // an index node and the pages around it: a random-valued one (a name, an address) about
        // 45 µs, measured with scripts/bench.sh intake, where 22 indexes capped intake near 800
        // leads/s. Matching needs none of these (the duplicate index is in memory, lookups by
        // address or phone use email_key/phone_key), and search_by_module scans anyway.
        // last_name keeps its index: partners look leads up by surname (get_entry_list), and SugarCRM
        // indexes it too. Its cost is paid by dropping created_by's, which the created index (creator,
        // deleted, date, id: CreatedIndex) serves as well: with both changes an insert of a lead took
        // less of the committer's time than before (README.md, "Store": 602 µs of CPU per lead against
        // 725 with created_by and without last_name, 719 with both).
        .Unindexed("first_name", "phone_mobile", "phone_work", "email1", CommonFields.CreatedBy)
        .Varchar("account_name", "Account Name", "Tên công ty", 255)
        .Text("account_description", "Account Description", "Mô tả công ty")
        .Url("website", "Website", "Trang web")
        .Enum("lead_source", "Lead Source", "Nguồn", Options.LeadSource, indexed: true)
        .Text("lead_source_description", "Lead Source Description", "Mô tả nguồn")
        .Enum("status", "Status", "Trạng thái", Options.LeadStatus, defaultValue: "New", indexed: true)
        .Text("status_description", "Status Description", "Mô tả trạng thái")
        .Varchar("refered_by", "Referred By", "Người giới thiệu", 100)
        .Typed("converted", FieldType.Bool, "Converted", "Đã chuyển đổi", defaultValue: "0")
        .RelateId("account_id", "Accounts", "Account ID", "Mã khách hàng")
        .RelateId("contact_id", "Contacts", "Contact ID", "Mã liên hệ")
        .RelateId("opportunity_id", "Opportunities", "Opportunity ID", "Mã cơ hội")
        .Varchar("opportunity_name", "Opportunity Name", "Tên cơ hội", 255)
        .Varchar("opportunity_amount", "Opportunity Amount", "Giá trị cơ hội", 50)
        .RelateId("campaign_id", "Campaigns", "Campaign ID", "Mã chiến dịch")
        .RelateId("reports_to_id", "Leads", "Reports To ID", "Báo cáo cho")
        // A partner's own reference for the lead, so a retried submission finds the first one.
        .Varchar("partner_ref", "Partner Reference", "Mã tham chiếu của đối tác", 100, indexed: true)
        // Normalised match keys, kept by LeadsRules on every save: lookups by any way of writing them.
        .Add(new FieldDefinition("email_key", FieldType.Varchar, "Email Match Key", "Khoá so khớp email") { System = true, Indexed = true, Audited = false, MaxLength = 255 })
        .Add(new FieldDefinition("phone_key", FieldType.Varchar, "Phone Match Key", "Khoá so khớp điện thoại") { System = true, Indexed = true, Audited = false, MaxLength = 32 })
        // Partners look leads up by address (email1 = '…'): served through email_key instead of an
        // index of its own. Sound because LeadsRules keeps email_key = EmailKey(email1) whenever that
        // is an address, stored values are NFC, and EmailKey ignores case: a lead whose email1 equals
        // v (case-insensitive after NFC) has email_key = EmailKey(NFC(v)). The equality is checked again.
        .LookedUpThrough("email1", "email_key", value => EmailKey.Normalize(value.Normalize(NormalizationForm.FormC)))
        .Link("accounts", "account_leads", "Accounts", "Account", "Khách hàng")
        .Link("contacts", "contact_leads", "Contacts", "Contact", "Liên hệ")
        .Link("opportunity", "opportunity_leads", "Opportunities", "Opportunity", "Cơ hội")
        .Link("campaigns", "campaign_leads", "Campaigns", "Campaign", "Chiến dịch")
        .Link("prospects", "lead_prospects", "Prospects", "Targets", "Khách hàng thô")
        .Link("reportees", "lead_direct_reports", "Leads", "Direct Reports", "Cấp dưới")
        .Link("reports_to_link", "lead_direct_reports", "Leads", "Reports To", "Báo cáo cho", onRhsSide: true)
        .ActivityLinks()
        .Build();
}
