using System.Text.Json.Serialization;
using Kie.Samples.TelegramBot.Conversation;

namespace Kie.Samples.TelegramBot.Delivery;

/// <summary>What an outbox message is for; it decides what its sending means for its order.</summary>
public enum OutboxPurpose
{
    /// <summary>Result files of an order: when the last one is sent the order is Delivered (and captured).</summary>
    Result,

    /// <summary>A text the bot owes a user (result done, failure and refund); its fate does not change any order.</summary>
    Notice,

    /// <summary>The original file of a result, asked for with the "original" button.</summary>
    Original,
}

/// <summary>One file of an outbox message.</summary>
/// <param name="Index">The file's position in its order's results.</param>
/// <param name="Url">Where KIE keeps it.</param>
/// <param name="Kind">How to show it.</param>
/// <param name="FileName">The name to upload it under (distinct within a message).</param>
/// <param name="Caption">Its caption, if any.</param>
/// <param name="FileId">The chat platform's id from an earlier send (re-sent without an upload), if any.</param>
/// <param name="Size">Its size in bytes, once known from a download.</param>
public sealed record OutboxFile(int Index, Uri Url, MediaKind Kind, string FileName, string? Caption = null, string? FileId = null, long? Size = null);

/// <summary>A text message's button (callback buttons only: outbox texts never open links by button).</summary>
/// <param name="Label">What the button says.</param>
/// <param name="Data">Its callback data.</param>
public sealed record OutboxButton(string Label, string Data);

/// <summary>The content of an outbox message: a text with buttons, or files (an album when several).</summary>
public sealed record OutboxPayload
{
    /// <summary>The text of a text message.</summary>
    public string? Text { get; init; }

    /// <summary>Rows of buttons under the text.</summary>
    public IReadOnlyList<IReadOnlyList<OutboxButton>>? Buttons { get; init; }

    /// <summary>The files of a media message (1–10 of kinds that may share an album).</summary>
    public IReadOnlyList<OutboxFile>? Files { get; init; }

    /// <summary>For files: the text to send, followed by their links, when they are too large for the chat.</summary>
    public string? FallbackText { get; init; }

    /// <summary>A picture the bot made itself (a report's chart), sent as a photo on its own: PNG bytes.</summary>
    public byte[]? Picture { get; init; }

    /// <summary>The caption of <see cref="Picture"/>.</summary>
    public string? PictureCaption { get; init; }

    /// <summary>A text message.</summary>
    /// <param name="screen">The text and buttons (URL buttons are dropped).</param>
    /// <returns>The payload.</returns>
    public static OutboxPayload ForScreen(Screen screen)
    {
        ArgumentNullException.ThrowIfNull(screen);
        var rows = screen.Buttons
            .Select(row => (IReadOnlyList<OutboxButton>)row.Where(button => button.Data is not null).Select(button => new OutboxButton(button.Label, button.Data!)).ToArray())
            .Where(row => row.Count > 0)
            .ToArray();
        return new OutboxPayload { Text = screen.Text, Buttons = rows.Length == 0 ? null : rows };
    }

    /// <summary>The text message as a screen.</summary>
    /// <returns>The screen.</returns>
    public Screen ToScreen() => new(
        Text ?? string.Empty,
        (Buttons ?? []).Select(row => (IReadOnlyList<ScreenButton>)row.Select(button => ScreenButton.Callback(button.Label, button.Data)).ToArray()).ToArray());
}

/// <summary>A stored outbox message.</summary>
/// <param name="Id">Its id (messages to one chat go out in id order).</param>
/// <param name="ChatId">The chat.</param>
/// <param name="OrderId">The order it belongs to, if any.</param>
/// <param name="Purpose">What it is for.</param>
/// <param name="Payload">What to send.</param>
/// <param name="Attempts">How many transient failures it had.</param>
/// <param name="UrlRefused">The platform refused to fetch its files by URL before: upload them.</param>
/// <param name="NextAttemptAt">Not to be sent before this time.</param>
public sealed record OutboxItem(long Id, long ChatId, string? OrderId, OutboxPurpose Purpose, OutboxPayload Payload, int Attempts, bool UrlRefused, DateTimeOffset NextAttemptAt);

/// <summary>The outbox's JSON (source-generated: no reflection on the hot path).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(OutboxPayload))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
internal sealed partial class DeliveryJson : JsonSerializerContext;
