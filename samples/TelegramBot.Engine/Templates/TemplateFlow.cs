using Kie.Samples.TelegramBot.Catalog;
using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.History;
using Kie.Samples.TelegramBot.Menus;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Templates;

/// <summary>
/// <c>/templates</c>: built-in scenarios and the user's own templates. Run → (the template's question, when it has
/// one) → the summary with a fresh quote → the menus' Confirm. Users save templates from history and delete their own;
/// a template id that is neither built in nor the user's is refused (false: "this menu has expired").
/// </summary>
internal sealed class TemplateFlow
{
    private readonly BuiltInTemplates _builtIns;
    private readonly TemplateStore _store;
    private readonly TemplateScreens _screens;
    private readonly PendingInputStore _pending;
    private readonly HistoryStore _history;
    private readonly HistoryOptions _options;
    private readonly LiveCatalog _live;
    private readonly IServiceProvider _services;

    /// <summary>Creates the flow.</summary>
    /// <param name="builtIns">The built-in templates.</param>
    /// <param name="store">The users' templates.</param>
    /// <param name="screens">The screens.</param>
    /// <param name="pending">Questions awaiting a text answer.</param>
    /// <param name="history">The orders templates are saved from.</param>
    /// <param name="options">The settings.</param>
    /// <param name="live">The catalog in force.</param>
    /// <param name="services">Resolves the draft launcher (the menus register it).</param>
    public TemplateFlow(BuiltInTemplates builtIns, TemplateStore store, TemplateScreens screens, PendingInputStore pending, HistoryStore history, HistoryOptions options, LiveCatalog live, IServiceProvider services)
    {
        _builtIns = builtIns;
        _store = store;
        _screens = screens;
        _pending = pending;
        _history = history;
        _options = options;
        _live = live;
        _services = services;
    }

    /// <summary>The list of templates.</summary>
    /// <param name="context">The event.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>Always true.</returns>
    public async Task<bool> ListAsync(BotContext context, CancellationToken cancellationToken)
    {
        var own = await _store.ListAsync(context.UserId, cancellationToken).ConfigureAwait(false);
        await context.ShowAsync(_screens.List(context.Texts, _builtIns.All, own), cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>A template's card.</summary>
    /// <param name="context">The event.</param>
    /// <param name="id">The template id.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>False for a template that is neither built in nor the user's.</returns>
    public async Task<bool> ViewAsync(BotContext context, string id, CancellationToken cancellationToken)
    {
        if (_builtIns.Find(id) is { } builtIn)
        {
            await context.ShowAsync(_screens.Card(context.Texts, builtIn), cancellationToken).ConfigureAwait(false);
            return true;
        }

        if (await _store.FindAsync(context.UserId, id, cancellationToken).ConfigureAwait(false) is not { } own)
        {
            return false;
        }

        await context.ShowAsync(_screens.Card(context.Texts, own, HasPrompt(own.ModelId, own.ModeId)), cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Runs a template: its question first when it has one, else straight to the summary.</summary>
    /// <param name="context">The event.</param>
    /// <param name="id">The template id.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>False for a template that is neither built in nor the user's.</returns>
    public async Task<bool> RunAsync(BotContext context, string id, CancellationToken cancellationToken)
    {
        if (_builtIns.Find(id) is { } builtIn)
        {
            if (builtIn.Prompt is { } prompt)
            {
                await _pending.SetAsync(context.UserId, PendingKind.TemplatePrompt, builtIn.Id, cancellationToken).ConfigureAwait(false);
                await context.ReplyAsync(TemplateScreens.AskPrompt(context.Texts, prompt.Question(context.Texts.Language), prompt.Example(context.Texts.Language)), cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await Launcher().ShowSummaryAsync(context, builtIn.ModelId, builtIn.ModeId, builtIn.Input(null), cancellationToken).ConfigureAwait(false);
            }

            return true;
        }

        if (await _store.FindAsync(context.UserId, id, cancellationToken).ConfigureAwait(false) is not { } own)
        {
            return false;
        }

        await Launcher().ShowSummaryAsync(context, own.ModelId, own.ModeId, TemplateScreens.Input(own), cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Runs a user's template with a new prompt: asks for it first.</summary>
    /// <param name="context">The event.</param>
    /// <param name="id">The template id.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>False for a template that is not the user's.</returns>
    public async Task<bool> AskPromptAsync(BotContext context, string id, CancellationToken cancellationToken)
    {
        if (await _store.FindAsync(context.UserId, id, cancellationToken).ConfigureAwait(false) is not { } own)
        {
            return false;
        }

        if (!HasPrompt(own.ModelId, own.ModeId))
        {
            await context.AnswerAsync(context.Texts.NoPromptToChange, cancellationToken).ConfigureAwait(false);
            return true;
        }

        await _pending.SetAsync(context.UserId, PendingKind.TemplatePrompt, own.Id, cancellationToken).ConfigureAwait(false);
        await context.ReplyAsync(TemplateScreens.AskPrompt(context.Texts, context.Texts.NewPromptFor(own.Name), null), cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>A template's prompt arrived: checked, then the summary.</summary>
    /// <param name="context">The event.</param>
    /// <param name="id">The template id.</param>
    /// <param name="text">The answer.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when answered.</returns>
    public async Task PromptAnsweredAsync(BotContext context, string id, string text, CancellationToken cancellationToken)
    {
        string modelId, modeId, parameterName;
        System.Text.Json.Nodes.JsonObject input;
        string value;
        if (_builtIns.Find(id) is { Prompt: { } prompt } builtIn)
        {
            (modelId, modeId, parameterName, input, value) = (builtIn.ModelId, builtIn.ModeId, prompt.Parameter, builtIn.Input(null), prompt.Fill(text));
        }
        else if (await _store.FindAsync(context.UserId, id, cancellationToken).ConfigureAwait(false) is { } own
            && Mode(own.ModelId, own.ModeId) is { } mode
            && PromptInput.ParameterOf(mode) is { } parameter)
        {
            (modelId, modeId, parameterName, input, value) = (own.ModelId, own.ModeId, parameter.Name, TemplateScreens.Input(own), text.Trim());
        }
        else
        {
            await _pending.ClearAsync(context.UserId, cancellationToken).ConfigureAwait(false);
            await context.ReplyAsync(new Screen(context.Texts.TemplateGone), cancellationToken).ConfigureAwait(false);
            return;
        }

        var (filled, problem) = PromptInput.Apply(_live.Current, modelId, modeId, input, parameterName, value);
        if (problem is not null)
        {
            // The question stays open: the next message is another try.
            await context.ReplyAsync(
                new Screen(context.Texts.TemplatePromptRefused(problem.Message), [[ScreenButton.Callback(context.Texts.ButtonCancel, MenuCallbacks.Cancel)]]),
                cancellationToken).ConfigureAwait(false);
            return;
        }

        await _pending.ClearAsync(context.UserId, cancellationToken).ConfigureAwait(false);
        await Launcher().ShowSummaryAsync(context, modelId, modeId, filled, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The name for a template from an order arrived: checked (length, duplicates, the limit), then saved.</summary>
    /// <param name="context">The event.</param>
    /// <param name="orderId">The order whose settings are saved.</param>
    /// <param name="text">The name.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when answered.</returns>
    public async Task NameAnsweredAsync(BotContext context, string orderId, string text, CancellationToken cancellationToken)
    {
        var texts = context.Texts;
        var retry = (IReadOnlyList<IReadOnlyList<ScreenButton>>)[[ScreenButton.Callback(texts.ButtonCancel, MenuCallbacks.Cancel)]];
        if (!TemplateNames.TryNormalize(text, out var name, out var refused))
        {
            // The question stays open: the next message is another try.
            await context.ReplyAsync(new Screen(texts.TemplateNameRefused(refused, TemplateNames.MaxLength), retry), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (await _history.FindAsync(context.UserId, orderId, cancellationToken).ConfigureAwait(false) is not ({ } entry, _))
        {
            await _pending.ClearAsync(context.UserId, cancellationToken).ConfigureAwait(false);
            await context.ReplyAsync(new Screen(texts.OrderNotFound), cancellationToken).ConfigureAwait(false);
            return;
        }

        var (outcome, id) = await _store.SaveAsync(context.UserId, name, entry.ModelId, entry.ModeId, entry.InputJson, entry.Id, _options.MaxTemplatesPerUser, cancellationToken).ConfigureAwait(false);
        switch (outcome)
        {
            case SaveTemplateOutcome.Duplicate:
                await context.ReplyAsync(new Screen(texts.TemplateNameTaken(name), retry), cancellationToken).ConfigureAwait(false);
                return;
            case SaveTemplateOutcome.TooMany:
                await _pending.ClearAsync(context.UserId, cancellationToken).ConfigureAwait(false);
                await context.ReplyAsync(
                    new Screen(texts.TooManyTemplates(_options.MaxTemplatesPerUser), [[ScreenButton.Callback(texts.ButtonTemplates, CallbackData.Templates)]]),
                    cancellationToken).ConfigureAwait(false);
                return;
            default:
                await _pending.ClearAsync(context.UserId, cancellationToken).ConfigureAwait(false);
                await context.ReplyAsync(TemplateScreens.Saved(texts, name, id!), cancellationToken).ConfigureAwait(false);
                return;
        }
    }

    /// <summary>Asks before deleting one of the user's templates.</summary>
    /// <param name="context">The event.</param>
    /// <param name="id">The template id.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>False for a template that is not the user's (built-in ones included).</returns>
    public async Task<bool> AskDeleteAsync(BotContext context, string id, CancellationToken cancellationToken)
    {
        if (await _store.FindAsync(context.UserId, id, cancellationToken).ConfigureAwait(false) is not { } own)
        {
            return false;
        }

        await context.ShowAsync(TemplateScreens.DeleteQuestion(context.Texts, own), cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Deletes one of the user's templates and shows the list.</summary>
    /// <param name="context">The event.</param>
    /// <param name="id">The template id.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>False for a template that is not the user's (or is already gone).</returns>
    public async Task<bool> DeleteAsync(BotContext context, string id, CancellationToken cancellationToken)
    {
        if (await _store.FindAsync(context.UserId, id, cancellationToken).ConfigureAwait(false) is not { } own
            || !await _store.DeleteAsync(context.UserId, id, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        await context.AnswerAsync(context.Texts.TemplateDeleted(own.Name), cancellationToken).ConfigureAwait(false);
        var rest = await _store.ListAsync(context.UserId, cancellationToken).ConfigureAwait(false);
        await context.ShowAsync(_screens.List(context.Texts, _builtIns.All, rest, context.Texts.TemplateDeleted(own.Name)), cancellationToken).ConfigureAwait(false);
        return true;
    }

    private Kie.Sdk.Catalog.KieModelMode? Mode(string modelId, string modeId) =>
        _live.Current.TryGetModel(modelId, out var model) && model.TryGetMode(modeId, out var mode) ? mode : null;

    private bool HasPrompt(string modelId, string modeId) => Mode(modelId, modeId) is { } mode && PromptInput.ParameterOf(mode) is not null;

    private IDraftLauncher Launcher() =>
        _services.GetService<IDraftLauncher>() ?? throw new InvalidOperationException("No IDraftLauncher is registered: the menus feature must be added for templates to run.");
}
