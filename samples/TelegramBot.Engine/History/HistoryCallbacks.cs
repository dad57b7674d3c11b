using Kie.Samples.TelegramBot.Conversation;

namespace Kie.Samples.TelegramBot.History;

/// <summary>
/// History's and templates' callback data: <c>hist:&lt;action&gt;:&lt;orderId&gt;</c> and
/// <c>tpl:&lt;action&gt;:&lt;templateId&gt;</c>. Order ids are 10 characters and template ids at most 24, so the longest
/// datum (<c>hist:o:&lt;order&gt;:&lt;page start&gt;</c>) is 28 bytes.
/// </summary>
internal static class HistoryCallbacks
{
    /// <summary>A history page starting at an order.</summary>
    public const string Page = "l";

    /// <summary>An order's card.</summary>
    public const string Open = "o";

    /// <summary>Re-send an order's results.</summary>
    public const string Resend = "s";

    /// <summary>Repeat an order with the same parameters.</summary>
    public const string Repeat = "r";

    /// <summary>Repeat an order with a new prompt.</summary>
    public const string NewPrompt = "n";

    /// <summary>Open an order's parameters for editing.</summary>
    public const string Edit = "e";

    /// <summary>Save an order's parameters as a template.</summary>
    public const string Save = "t";

    /// <summary>A template's card.</summary>
    public const string View = "v";

    /// <summary>Run a template.</summary>
    public const string Run = "r";

    /// <summary>Run a user's template with a new prompt.</summary>
    public const string RunWithPrompt = "n";

    /// <summary>Ask before deleting a template.</summary>
    public const string Delete = "d";

    /// <summary>Delete a template (confirmed).</summary>
    public const string DeleteConfirmed = "x";

    /// <summary>History data for an action on an order.</summary>
    /// <param name="action">The action.</param>
    /// <param name="orderId">The order.</param>
    /// <param name="extra">A second argument (the page start for <see cref="Open"/>), if any.</param>
    /// <returns>The data.</returns>
    public static string ForOrder(string action, string orderId, string? extra = null) =>
        CallbackData.HistoryPrefix + action + ":" + orderId + (extra is null ? string.Empty : ":" + extra);

    /// <summary>Templates data for an action on a template.</summary>
    /// <param name="action">The action.</param>
    /// <param name="templateId">The template.</param>
    /// <returns>The data.</returns>
    public static string ForTemplate(string action, string templateId) => CallbackData.TemplatesPrefix + action + ":" + templateId;

    /// <summary>Splits data after its prefix into an action and one or two arguments.</summary>
    /// <param name="rest">The data after the prefix.</param>
    /// <param name="action">The action.</param>
    /// <param name="first">The first argument.</param>
    /// <param name="second">The second argument, if any.</param>
    /// <returns>False for malformed data.</returns>
    public static bool TryParse(string rest, out string action, out string first, out string? second)
    {
        var parts = rest.Split(':');
        action = parts[0];
        first = parts.Length > 1 ? parts[1] : string.Empty;
        second = parts.Length > 2 ? parts[2] : null;
        return parts.Length is 2 or 3 && action.Length > 0 && first.Length > 0 && second is not { Length: 0 };
    }
}
