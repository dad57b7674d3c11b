using System.Text.Json.Nodes;
using Kie.Samples.TelegramBot.Catalog;
using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Menus;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.History;

/// <summary>
/// <c>/history</c>: pages of the user's generations and each one's card with Re-send, Repeat, New prompt, Edit and Save
/// as template. Every order is looked up for the asking user only; handlers return false for someone else's or unknown
/// orders, so the engine answers "this menu has expired" and shows nothing.
/// </summary>
internal sealed class HistoryFlow
{
    private readonly HistoryStore _store;
    private readonly HistoryScreens _screens;
    private readonly PendingInputStore _pending;
    private readonly ResultResender _resender;
    private readonly HistoryOptions _options;
    private readonly LiveCatalog _live;
    private readonly IServiceProvider _services;

    /// <summary>Creates the flow.</summary>
    /// <param name="store">The orders, read for history.</param>
    /// <param name="screens">The screens.</param>
    /// <param name="pending">Questions awaiting a text answer.</param>
    /// <param name="resender">Re-sends results.</param>
    /// <param name="options">The settings.</param>
    /// <param name="live">The catalog in force.</param>
    /// <param name="services">Resolves the draft launcher (the menus register it).</param>
    public HistoryFlow(HistoryStore store, HistoryScreens screens, PendingInputStore pending, ResultResender resender, HistoryOptions options, LiveCatalog live, IServiceProvider services)
    {
        _store = store;
        _screens = screens;
        _pending = pending;
        _resender = resender;
        _options = options;
        _live = live;
        _services = services;
    }

    /// <summary>A page of the history (the newest when <paramref name="startId"/> is null).</summary>
    /// <param name="context">The event.</param>
    /// <param name="startId">The page's first order.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>False when the cursor is not one of the user's orders.</returns>
    public async Task<bool> ListAsync(BotContext context, string? startId, CancellationToken cancellationToken)
    {
        var page = await _store.PageAsync(context.UserId, startId, _options.PageSize, cancellationToken).ConfigureAwait(false);
        if (page is null)
        {
            return false;
        }

        await context.ShowAsync(_screens.List(context.Texts, page), cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>An order's card.</summary>
    /// <param name="context">The event.</param>
    /// <param name="orderId">The order.</param>
    /// <param name="pageStart">The page it was opened from, if any.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>False when the order is not the user's.</returns>
    public async Task<bool> CardAsync(BotContext context, string orderId, string? pageStart, CancellationToken cancellationToken)
    {
        if (await _store.FindAsync(context.UserId, orderId, cancellationToken).ConfigureAwait(false) is not ({ } entry, { } files))
        {
            return false;
        }

        await context.ShowAsync(_screens.Card(context.Texts, entry, files, pageStart), cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Re-sends an order's results.</summary>
    /// <param name="context">The event.</param>
    /// <param name="orderId">The order.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>False when the order is not the user's.</returns>
    public async Task<bool> ResendAsync(BotContext context, string orderId, CancellationToken cancellationToken)
    {
        if (await _store.FindAsync(context.UserId, orderId, cancellationToken).ConfigureAwait(false) is not ({ } entry, { } files))
        {
            return false;
        }

        if (files.Count == 0)
        {
            await context.AnswerAsync(context.Texts.NothingToResend, cancellationToken).ConfigureAwait(false);
            return true;
        }

        await context.AnswerAsync(context.Texts.Resending, cancellationToken).ConfigureAwait(false);
        var caption = context.Texts.ResultCaption(entry.Id, _screens.ModelName(entry.ModelId, entry.ModeId));
        await _resender.SendAsync(context, entry.Id, caption, files, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Repeat: the order's parameters on the summary with a fresh quote (nothing is charged without Confirm).</summary>
    /// <param name="context">The event.</param>
    /// <param name="orderId">The order.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>False when the order is not the user's.</returns>
    public async Task<bool> RepeatAsync(BotContext context, string orderId, CancellationToken cancellationToken)
    {
        if (await _store.FindAsync(context.UserId, orderId, cancellationToken).ConfigureAwait(false) is not ({ } entry, _))
        {
            return false;
        }

        await Launcher().ShowSummaryAsync(context, entry.ModelId, entry.ModeId, HistoryScreens.Input(entry), cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Edit: the order's parameters in the menus' parameter overview.</summary>
    /// <param name="context">The event.</param>
    /// <param name="orderId">The order.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>False when the order is not the user's.</returns>
    public async Task<bool> EditAsync(BotContext context, string orderId, CancellationToken cancellationToken)
    {
        if (await _store.FindAsync(context.UserId, orderId, cancellationToken).ConfigureAwait(false) is not ({ } entry, _))
        {
            return false;
        }

        await Launcher().ShowParametersAsync(context, entry.ModelId, entry.ModeId, HistoryScreens.Input(entry), cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>New prompt: asks for it (the next text message); the same settings then go to the summary.</summary>
    /// <param name="context">The event.</param>
    /// <param name="orderId">The order.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>False when the order is not the user's.</returns>
    public async Task<bool> AskPromptAsync(BotContext context, string orderId, CancellationToken cancellationToken)
    {
        if (await _store.FindAsync(context.UserId, orderId, cancellationToken).ConfigureAwait(false) is not ({ } entry, _))
        {
            return false;
        }

        if (_screens.Mode(entry) is not { } mode || PromptInput.ParameterOf(mode) is null)
        {
            await context.AnswerAsync(context.Texts.NoPromptToChange, cancellationToken).ConfigureAwait(false);
            return true;
        }

        await _pending.SetAsync(context.UserId, PendingKind.OrderPrompt, entry.Id, cancellationToken).ConfigureAwait(false);
        await context.ReplyAsync(_screens.AskPrompt(context.Texts, entry), cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>The new prompt arrived: checked, then the summary with the order's other settings.</summary>
    /// <param name="context">The event.</param>
    /// <param name="orderId">The order.</param>
    /// <param name="text">The prompt.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when answered.</returns>
    public async Task PromptAnsweredAsync(BotContext context, string orderId, string text, CancellationToken cancellationToken)
    {
        if (await _store.FindAsync(context.UserId, orderId, cancellationToken).ConfigureAwait(false) is not ({ } entry, _)
            || _screens.Mode(entry) is not { } mode
            || PromptInput.ParameterOf(mode) is not { } parameter)
        {
            await _pending.ClearAsync(context.UserId, cancellationToken).ConfigureAwait(false);
            await context.ReplyAsync(new Screen(context.Texts.ModelUnavailable), cancellationToken).ConfigureAwait(false);
            return;
        }

        var (input, problem) = PromptInput.Apply(_live.Current, entry.ModelId, entry.ModeId, HistoryScreens.Input(entry), parameter.Name, text);
        if (problem is not null)
        {
            // The question stays open: the next message is another try.
            var name = ParameterText.Name(parameter);
            await context.ReplyAsync(
                new Screen(context.Texts.InvalidValue(name, problem.Message, ParameterText.Allowed(parameter, context.Texts)), [[ScreenButton.Callback(context.Texts.ButtonCancel, MenuCallbacks.Cancel)]]),
                cancellationToken).ConfigureAwait(false);
            return;
        }

        await _pending.ClearAsync(context.UserId, cancellationToken).ConfigureAwait(false);
        await Launcher().ShowSummaryAsync(context, entry.ModelId, entry.ModeId, input, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Save as template: asks for the name (the next text message; <c>/cancel</c> stops).</summary>
    /// <param name="context">The event.</param>
    /// <param name="orderId">The order.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>False when the order is not the user's.</returns>
    public async Task<bool> AskNameAsync(BotContext context, string orderId, CancellationToken cancellationToken)
    {
        if (await _store.FindAsync(context.UserId, orderId, cancellationToken).ConfigureAwait(false) is not ({ } entry, _))
        {
            return false;
        }

        await _pending.SetAsync(context.UserId, PendingKind.TemplateName, entry.Id, cancellationToken).ConfigureAwait(false);
        await context.ReplyAsync(_screens.AskName(context.Texts, entry), cancellationToken).ConfigureAwait(false);
        return true;
    }

    private IDraftLauncher Launcher() =>
        _services.GetService<IDraftLauncher>() ?? throw new InvalidOperationException("No IDraftLauncher is registered: the menus feature must be added for history to repeat orders.");
}
