using System.Globalization;
using Kie.Samples.TelegramBot.Orders;

namespace Kie.Samples.TelegramBot.Feedback;

/// <summary>
/// The feedback buttons' callback data: <c>fb:&lt;orderId&gt;:&lt;1–5&gt;</c> rates an order, <c>fbc:&lt;orderId&gt;</c> asks
/// for a comment on it. Both stay far below Telegram's 64 bytes (order ids are 10 characters).
/// </summary>
public static class FeedbackCallbacks
{
    /// <summary>The prefix of a rating button.</summary>
    public const string RatePrefix = "fb:";

    /// <summary>The prefix of the "add a comment" button.</summary>
    public const string CommentPrefix = "fbc:";

    /// <summary>The lowest rating.</summary>
    public const int MinRating = 1;

    /// <summary>The highest rating.</summary>
    public const int MaxRating = 5;

    /// <summary>The data of a rating button.</summary>
    /// <param name="orderId">The order.</param>
    /// <param name="rating">1–5.</param>
    /// <returns>The callback data.</returns>
    public static string Rate(string orderId, int rating) => string.Create(CultureInfo.InvariantCulture, $"{RatePrefix}{orderId}:{rating}");

    /// <summary>The data of the comment button.</summary>
    /// <param name="orderId">The order.</param>
    /// <returns>The callback data.</returns>
    public static string Comment(string orderId) => CommentPrefix + orderId;

    /// <summary>Reads a rating button's data; false for anything else or anything malformed.</summary>
    /// <param name="data">The callback data.</param>
    /// <param name="orderId">The order.</param>
    /// <param name="rating">The rating.</param>
    /// <returns>True for a well-formed rating.</returns>
    public static bool TryParseRate(string data, out string orderId, out int rating)
    {
        ArgumentNullException.ThrowIfNull(data);
        orderId = string.Empty;
        rating = 0;
        if (!data.StartsWith(RatePrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var parts = data[RatePrefix.Length..].Split(':');
        if (parts.Length != 2 || !OrderIds.IsWellFormed(parts[0])
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out rating) || rating is < MinRating or > MaxRating)
        {
            rating = 0;
            return false;
        }

        orderId = parts[0];
        return true;
    }

    /// <summary>Reads a comment button's data.</summary>
    /// <param name="data">The callback data.</param>
    /// <param name="orderId">The order.</param>
    /// <returns>True for a well-formed comment button.</returns>
    public static bool TryParseComment(string data, out string orderId)
    {
        ArgumentNullException.ThrowIfNull(data);
        orderId = data.StartsWith(CommentPrefix, StringComparison.Ordinal) ? data[CommentPrefix.Length..] : string.Empty;
        return OrderIds.IsWellFormed(orderId);
    }
}
