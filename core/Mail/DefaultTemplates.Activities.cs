namespace CrmIntegration.Core.Mail;

// Dates are stored and shown in UTC (SugarCRM's wire format), so the text says so.
public static partial class DefaultTemplates
{
    public static MailTemplate TaskAssigned(string name) => new(
        name,
        "Công việc mới được giao: {{name}} / Task assigned to you",
        """
        Chào {{assigned_user_name}},

        Bạn vừa được giao một công việc:
          Tên:         {{name}}
          Hạn chót:    {{date_due}} (UTC)
          Mức ưu tiên: {{priority}}
          Liên quan:   {{parent_name}}
        {{#link}}Xem chi tiết: {{link}}
        {{/link}}
        --
        Hello {{assigned_user_name}},

        A task has been assigned to you:
          Subject:     {{name}}
          Due:         {{date_due}} (UTC)
          Priority:    {{priority}}
          Related to:  {{parent_name}}
        {{#link}}Details: {{link}}
        {{/link}}
        """,
        null,
        BuiltIn: true);

    public static MailTemplate CallAssigned(string name) => new(
        name,
        "Cuộc gọi mới được giao: {{name}} / Call assigned to you",
        """
        Chào {{assigned_user_name}},

        Bạn vừa được giao một cuộc gọi:
          Tên:        {{name}}
          Bắt đầu:    {{date_start}} (UTC)
          Thời lượng: {{duration_hours}} giờ {{duration_minutes}} phút
          Liên quan:  {{parent_name}}
        {{#link}}Xem chi tiết: {{link}}
        {{/link}}
        --
        Hello {{assigned_user_name}},

        A call has been assigned to you:
          Subject:    {{name}}
          Starts:     {{date_start}} (UTC)
          Duration:   {{duration_hours}} h {{duration_minutes}} min
          Related to: {{parent_name}}
        {{#link}}Details: {{link}}
        {{/link}}
        """,
        null,
        BuiltIn: true);

    public static MailTemplate MeetingAssigned(string name) => new(
        name,
        "Cuộc họp mới được giao: {{name}} / Meeting assigned to you",
        """
        Chào {{assigned_user_name}},

        Bạn vừa được giao một cuộc họp:
          Tên:        {{name}}
          Bắt đầu:    {{date_start}} (UTC)
          Thời lượng: {{duration_hours}} giờ {{duration_minutes}} phút
          Địa điểm:   {{location}}
          Liên quan:  {{parent_name}}
        {{#link}}Xem chi tiết: {{link}}
        {{/link}}
        --
        Hello {{assigned_user_name}},

        A meeting has been assigned to you:
          Subject:    {{name}}
          Starts:     {{date_start}} (UTC)
          Duration:   {{duration_hours}} h {{duration_minutes}} min
          Location:   {{location}}
          Related to: {{parent_name}}
        {{#link}}Details: {{link}}
        {{/link}}
        """,
        null,
        BuiltIn: true);
}
