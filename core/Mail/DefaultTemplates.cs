namespace CrmIntegration.Core.Mail;

/// <summary>
/// The notification text shipped with the server, Vietnamese first and English below, one per
/// module that notifies (<see cref="AssignmentNotifier.Modules"/>), used when no EmailTemplates
/// record has the configured name. Vietnamese names are written family name first
/// (<c>{{last_name}} {{first_name}}</c>: Nguyễn Thị Hồng Nhung). The record's link is in a
/// <c>{{#link}}</c> section: without <c>Mail:BaseUrl</c> there is none, and the line goes with it.
/// Cases, Contacts and Accounts: <c>DefaultTemplates.Customers.cs</c>; Tasks, Calls and Meetings:
/// <c>DefaultTemplates.Activities.cs</c>.
/// </summary>
public static partial class DefaultTemplates
{
    public static MailTemplate LeadAssigned(string name) => new(
        name,
        "Khách hàng tiềm năng mới: {{last_name}} {{first_name}} / New lead assigned to you",
        """
        Chào {{assigned_user_name}},

        Bạn vừa được giao một khách hàng tiềm năng:
          Họ tên:    {{last_name}} {{first_name}}
          Công ty:   {{account_name}}
          Di động:   {{phone_mobile}}
          Email:     {{email1}}
        {{#link}}Xem chi tiết: {{link}}
        {{/link}}
        --
        Hello {{assigned_user_name}},

        A lead has been assigned to you:
          Name:      {{first_name}} {{last_name}}
          Company:   {{account_name}}
          Mobile:    {{phone_mobile}}
          Email:     {{email1}}
        {{#link}}Details: {{link}}
        {{/link}}
        """,
        """
        <p>Chào {{assigned_user_name}},</p>
        <p>Bạn vừa được giao một khách hàng tiềm năng:</p>
        <table>
          <tr><td>Họ tên</td><td>{{last_name}} {{first_name}}</td></tr>
          <tr><td>Công ty</td><td>{{account_name}}</td></tr>
          <tr><td>Di động</td><td>{{phone_mobile}}</td></tr>
          <tr><td>Email</td><td>{{email1}}</td></tr>
        </table>
        {{#link}}<p><a href="{{link}}">Xem chi tiết</a></p>{{/link}}
        <hr>
        <p>Hello {{assigned_user_name}},</p>
        <p>A lead has been assigned to you: {{first_name}} {{last_name}}, {{account_name}}, mobile {{phone_mobile}}.
        {{#link}}<a href="{{link}}">Details</a>{{/link}}</p>
        """,
        BuiltIn: true);

    public static MailTemplate OpportunityAssigned(string name) => new(
        name,
        "Cơ hội mới được giao: {{name}} / Opportunity assigned to you",
        """
        Chào {{assigned_user_name}},

        Bạn vừa được giao một cơ hội bán hàng:
          Tên:               {{name}}
          Khách hàng:        {{account_name}}
          Giá trị:           {{amount}}
          Giai đoạn:         {{sales_stage}}
          Ngày dự kiến chốt: {{date_closed}}
        {{#link}}Xem chi tiết: {{link}}
        {{/link}}
        --
        Hello {{assigned_user_name}},

        An opportunity has been assigned to you:
          Name:              {{name}}
          Account:           {{account_name}}
          Amount:            {{amount}}
          Sales stage:       {{sales_stage}}
          Expected close:    {{date_closed}}
        {{#link}}Details: {{link}}
        {{/link}}
        """,
        null,
        BuiltIn: true);

    public static MailTemplate RecordAssigned(string name) => new(
        name,
        "{{module_label_vi}} mới được giao: {{record_name}} / {{module_label}} assigned to you",
        """
        Chào {{assigned_user_name}},

        Bạn vừa được giao: {{module_label_vi}} "{{record_name}}".
        {{#link}}Xem chi tiết: {{link}}
        {{/link}}
        --
        Hello {{assigned_user_name}},

        This has been assigned to you: {{module_label}} "{{record_name}}".
        {{#link}}Details: {{link}}
        {{/link}}
        """,
        null,
        BuiltIn: true);

    /// <summary>The built-in template of the module, under the EmailTemplates name <paramref name="name"/>.</summary>
    public static MailTemplate ForAssignment(string module, string name) => module switch
    {
        "Leads" => LeadAssigned(name),
        "Opportunities" => OpportunityAssigned(name),
        "Cases" => CaseAssigned(name),
        "Contacts" => ContactAssigned(name),
        "Accounts" => AccountAssigned(name),
        "Tasks" => TaskAssigned(name),
        "Calls" => CallAssigned(name),
        "Meetings" => MeetingAssigned(name),
        _ => RecordAssigned(name),
    };
}
