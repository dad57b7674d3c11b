namespace Kie.Samples.TelegramBot.Analytics;

/// <summary>
/// The figures of a group of generations (one model and mode on one day, a model over the period, or everything).
/// Every figure of an order counts on the local day the order was created, so a row's figures always describe the same
/// generations (a result that arrived after midnight still belongs to its order's day).
/// </summary>
public sealed record ReportFigures
{
    /// <summary>Orders placed.</summary>
    public int Generations { get; init; }

    /// <summary>Orders whose result arrived (succeeded, delivered or captured).</summary>
    public int Succeeded { get; init; }

    /// <summary>Orders that ended released (failed, timed out, refused or undeliverable).</summary>
    public int Failed { get; init; }

    /// <summary>Orders still under way.</summary>
    public int Pending => Generations - Succeeded - Failed;

    /// <summary>Succeeded ÷ (succeeded + failed), 0–1; null when none finished. Pending orders do not count either way.</summary>
    public decimal? SuccessRate => Succeeded + Failed == 0 ? null : (decimal)Succeeded / (Succeeded + Failed);

    /// <summary>Failed orders by failure code (<c>orders.failure</c>), most frequent first.</summary>
    public IReadOnlyList<(string Code, int Count)> FailuresByCode { get; init; } = [];

    /// <summary>Median time from order to result of the successful ones (nearest rank), or null.</summary>
    public TimeSpan? P50 { get; init; }

    /// <summary>95th percentile of the same (nearest rank), or null.</summary>
    public TimeSpan? P95 { get; init; }

    /// <summary>KIE credits the tasks consumed, as KIE reported them.</summary>
    public decimal CreditsSpent { get; init; }

    /// <summary>Money captured (ledger <c>capture</c> transfers), minor units.</summary>
    public long RevenueMinor { get; init; }

    /// <summary>Money given back for failed orders (ledger <c>release</c> transfers), minor units.</summary>
    public long RefundedMinor { get; init; }

    /// <summary>How many of the orders were rated.</summary>
    public int Ratings { get; init; }

    /// <summary>Their average rating (1–5, two decimals), or null.</summary>
    public decimal? AverageRating { get; init; }
}

/// <summary>The figures of one model and mode on one day.</summary>
/// <param name="Day">The local day.</param>
/// <param name="ModelId">The model.</param>
/// <param name="ModeId">The mode.</param>
/// <param name="Figures">The figures.</param>
public sealed record DailyModelRow(DateOnly Day, string ModelId, string ModeId, ReportFigures Figures);

/// <summary>The figures of one model and mode over the period.</summary>
/// <param name="ModelId">The model.</param>
/// <param name="ModeId">The mode.</param>
/// <param name="Figures">The figures.</param>
public sealed record ModelRow(string ModelId, string ModeId, ReportFigures Figures);

/// <summary>The Stars refunds of one day (from <c>star_refunds</c>).</summary>
/// <param name="Day">The local day.</param>
/// <param name="Count">How many payments were refunded.</param>
/// <param name="Stars">The Stars given back.</param>
/// <param name="ReversedMinor">The balance taken back for them, minor units.</param>
public sealed record StarRefundDay(DateOnly Day, int Count, long Stars, long ReversedMinor);

/// <summary>A comment, on an order (with its rating) or sent with <c>/feedback</c>.</summary>
/// <param name="At">When.</param>
/// <param name="UserId">Who.</param>
/// <param name="OrderId">The order, or null for free feedback.</param>
/// <param name="ModelId">The order's model, or null.</param>
/// <param name="Rating">The order's rating, or null.</param>
/// <param name="Text">The text.</param>
public sealed record FeedbackComment(DateTimeOffset At, long UserId, string? OrderId, string? ModelId, int? Rating, string Text);

/// <summary>A report over a period: totals, per day, per model and mode, per day × model × mode, refunds and feedback.</summary>
/// <param name="Period">The period.</param>
/// <param name="Totals">Everything.</param>
/// <param name="Days">Each day of the period (days without orders included, with zeros).</param>
/// <param name="Models">Each model and mode, most generations first.</param>
/// <param name="Rows">Each day × model × mode with orders, by day then model then mode.</param>
/// <param name="StarRefunds">Each day with Stars refunds.</param>
/// <param name="Comments">The latest comments and free feedback of the period, newest first.</param>
/// <param name="FeedbackMessages">How many <c>/feedback</c> messages arrived in the period.</param>
public sealed record AnalyticsReport(
    ReportPeriod Period,
    ReportFigures Totals,
    IReadOnlyList<(DateOnly Day, ReportFigures Figures)> Days,
    IReadOnlyList<ModelRow> Models,
    IReadOnlyList<DailyModelRow> Rows,
    IReadOnlyList<StarRefundDay> StarRefunds,
    IReadOnlyList<FeedbackComment> Comments,
    int FeedbackMessages);
