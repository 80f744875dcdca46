namespace CrmIntegration.Core.Mail;

public static partial class DefaultTemplates
{
    public static MailTemplate CaseAssigned(string name) => new(
        name,
        "Yêu cầu hỗ trợ số {{case_number}} được giao: {{name}} / Case {{case_number}} assigned to you",
        """
        Chào {{assigned_user_name}},

        Bạn vừa được giao một yêu cầu hỗ trợ:
          Số:          {{case_number}}
          Tiêu đề:     {{name}}
          Khách hàng:  {{account_name}}
          Mức ưu tiên: {{priority}}
          Trạng thái:  {{status}}
        {{#link}}Xem chi tiết: {{link}}
        {{/link}}
        --
        Hello {{assigned_user_name}},

        A case has been assigned to you:
          Number:      {{case_number}}
          Subject:     {{name}}
          Account:     {{account_name}}
          Priority:    {{priority}}
          Status:      {{status}}
        {{#link}}Details: {{link}}
        {{/link}}
        """,
        null,
        BuiltIn: true);

    public static MailTemplate ContactAssigned(string name) => new(
        name,
        "Liên hệ mới được giao: {{last_name}} {{first_name}} / Contact assigned to you",
        """
        Chào {{assigned_user_name}},

        Bạn vừa được giao một liên hệ:
          Họ tên:     {{last_name}} {{first_name}}
          Chức danh:  {{title}}
          Khách hàng: {{account_name}}
          Di động:    {{phone_mobile}}
          Email:      {{email1}}
        {{#link}}Xem chi tiết: {{link}}
        {{/link}}
        --
        Hello {{assigned_user_name}},

        A contact has been assigned to you:
          Name:       {{first_name}} {{last_name}}
          Title:      {{title}}
          Account:    {{account_name}}
          Mobile:     {{phone_mobile}}
          Email:      {{email1}}
        {{#link}}Details: {{link}}
        {{/link}}
        """,
        null,
        BuiltIn: true);

    public static MailTemplate AccountAssigned(string name) => new(
        name,
        "Khách hàng mới được giao: {{name}} / Account assigned to you",
        """
        Chào {{assigned_user_name}},

        Bạn vừa được giao một khách hàng:
          Tên:        {{name}}
          Điện thoại: {{phone_office}}
          Email:      {{email1}}
          Tỉnh/TP:    {{billing_address_city}}
        {{#link}}Xem chi tiết: {{link}}
        {{/link}}
        --
        Hello {{assigned_user_name}},

        An account has been assigned to you:
          Name:       {{name}}
          Phone:      {{phone_office}}
          Email:      {{email1}}
          City:       {{billing_address_city}}
        {{#link}}Details: {{link}}
        {{/link}}
        """,
        null,
        BuiltIn: true);
}
