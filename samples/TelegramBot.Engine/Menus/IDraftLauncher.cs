using System.Text.Json.Nodes;
using Kie.Samples.TelegramBot.Conversation;

namespace Kie.Samples.TelegramBot.Menus;

/// <summary>
/// Opens the summary-and-price screen for given parameters, as the menus would after the last parameter: used by Retry
/// after a failure, history's Repeat and New prompt, and templates. Always a fresh quote and a fresh confirmation.
/// </summary>
public interface IDraftLauncher
{
    /// <summary>Loads the parameters into the user's session and shows the summary with a fresh price quote.</summary>
    /// <param name="context">The current event.</param>
    /// <param name="modelId">The catalog model id.</param>
    /// <param name="modeId">The mode id.</param>
    /// <param name="input">The parameters (as stored with an order).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when the screen is shown.</returns>
    Task ShowSummaryAsync(BotContext context, string modelId, string modeId, JsonObject input, CancellationToken cancellationToken = default);

    /// <summary>
    /// Loads the parameters into the user's session and opens the parameter overview, where any of them can be changed
    /// before "Price and confirm" (history's Edit). Implementations without an editor show the summary instead.
    /// </summary>
    /// <param name="context">The current event.</param>
    /// <param name="modelId">The catalog model id.</param>
    /// <param name="modeId">The mode id.</param>
    /// <param name="input">The parameters (as stored with an order).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when the screen is shown.</returns>
    Task ShowParametersAsync(BotContext context, string modelId, string modeId, JsonObject input, CancellationToken cancellationToken = default) =>
        ShowSummaryAsync(context, modelId, modeId, input, cancellationToken);
}
