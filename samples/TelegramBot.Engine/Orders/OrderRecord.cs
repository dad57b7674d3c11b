using Kie.Samples.TelegramBot.Localization;

namespace Kie.Samples.TelegramBot.Orders;

/// <summary>A stored order, with the language of its user (for the messages about it).</summary>
/// <param name="Id">The order id.</param>
/// <param name="UserId">The buyer.</param>
/// <param name="ChatId">Where progress and results go.</param>
/// <param name="DraftId">The confirmation it came from.</param>
/// <param name="ModelId">The catalog model id.</param>
/// <param name="ModeId">The catalog mode id.</param>
/// <param name="ApiModel">The model id sent to KIE.</param>
/// <param name="InputJson">The validated, normalised input as a JSON object.</param>
/// <param name="Credits">The credits the quote estimated.</param>
/// <param name="PriceMinorUnits">The reserved price.</param>
/// <param name="Currency">The price's currency code.</param>
/// <param name="State">Where the order is.</param>
/// <param name="TaskId">KIE's task id, once accepted.</param>
/// <param name="ProgressMessageId">The progress message in the chat, once sent.</param>
/// <param name="Failure">Why it was released (an <see cref="OrderFailureKind"/> code), when it was.</param>
/// <param name="Language">The user's language.</param>
/// <param name="CreatedAt">When it was placed.</param>
/// <param name="SubmittedAt">When its task was first submitted.</param>
public sealed record OrderRecord(
    string Id,
    long UserId,
    long ChatId,
    string DraftId,
    string ModelId,
    string ModeId,
    string ApiModel,
    string InputJson,
    decimal Credits,
    long PriceMinorUnits,
    string Currency,
    OrderState State,
    string? TaskId,
    int? ProgressMessageId,
    string? Failure,
    BotLanguage Language,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SubmittedAt);

/// <summary>One result file of an order.</summary>
/// <param name="Index">Its position in KIE's result list.</param>
/// <param name="Url">Where KIE keeps it.</param>
/// <param name="Kind">How it is shown.</param>
/// <param name="FileId">The chat platform's id of the sent file, once sent.</param>
/// <param name="OriginalFileId">The platform's id of the file sent as a document ("original"), once sent.</param>
public sealed record OrderResultFile(int Index, Uri Url, Conversation.MediaKind Kind, string? FileId, string? OriginalFileId);
