namespace CrmIntegration.Core.Modules.Catalog;

/// <summary>Dropdowns of Opportunities, with SugarCRM's list names and keys.</summary>
internal static class SalesOptions
{
    public static readonly OptionList SalesStage = OptionList.Of("sales_stage_dom",
        (SalesStages.Prospecting, "Prospecting", "Tìm kiếm"), (SalesStages.Qualification, "Qualification", "Đánh giá"),
        (SalesStages.NeedsAnalysis, "Needs Analysis", "Phân tích nhu cầu"), (SalesStages.ValueProposition, "Value Proposition", "Đề xuất giá trị"),
        (SalesStages.IdDecisionMakers, "Id. Decision Makers", "Xác định người quyết định"),
        (SalesStages.PerceptionAnalysis, "Perception Analysis", "Phân tích nhận thức"),
        (SalesStages.ProposalPriceQuote, "Proposal/Price Quote", "Đề xuất/Báo giá"),
        (SalesStages.NegotiationReview, "Negotiation/Review", "Đàm phán/Xem xét"),
        (SalesStages.ClosedWon, "Closed Won", "Thành công"), (SalesStages.ClosedLost, "Closed Lost", "Thất bại"));

    public static readonly OptionList OpportunityType = OptionList.Of("opportunity_type_dom",
        ("", "", ""), ("Existing Business", "Existing Business", "Khách hàng hiện có"), ("New Business", "New Business", "Khách hàng mới"));
}
