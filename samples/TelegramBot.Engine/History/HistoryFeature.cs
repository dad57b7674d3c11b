using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Templates;

namespace Kie.Samples.TelegramBot.History;

/// <summary>
/// History and templates in the conversation: <c>/history</c>, <c>/templates</c>, their buttons, and the text that
/// answers one of their questions (a template's name, a new prompt). Asked before the menus, it also closes its open
/// question when the user does anything else — another button, a command, a file — so a later message typed for the
/// menus is never taken for a template name.
/// </summary>
internal sealed class HistoryFeature : IBotFeature, IAsksQuestions
{
    private readonly HistoryFlow _history;
    private readonly TemplateFlow _templates;
    private readonly PendingInputStore _pending;

    /// <summary>Creates the feature.</summary>
    /// <param name="history">The history flow.</param>
    /// <param name="templates">The templates flow.</param>
    /// <param name="pending">Questions awaiting a text answer.</param>
    public HistoryFeature(HistoryFlow history, TemplateFlow templates, PendingInputStore pending)
    {
        _history = history;
        _templates = templates;
        _pending = pending;
    }

    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(BotContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        switch (context.Event)
        {
            case ButtonPressed pressed:
                await _pending.ClearAsync(context.UserId, cancellationToken).ConfigureAwait(false);
                return await ButtonAsync(context, pressed.Data, cancellationToken).ConfigureAwait(false);
            case TextReceived text when ChatCommand.TryParse(text.Text, out var command):
                await _pending.ClearAsync(context.UserId, cancellationToken).ConfigureAwait(false);
                return command.Name switch
                {
                    "history" => await _history.ListAsync(context, null, cancellationToken).ConfigureAwait(false),
                    "templates" => await _templates.ListAsync(context, cancellationToken).ConfigureAwait(false),
                    _ => false,
                };
            case TextReceived text:
                return await AnswerAsync(context, text.Text, cancellationToken).ConfigureAwait(false);
            case FileReceived:
                await _pending.ClearAsync(context.UserId, cancellationToken).ConfigureAwait(false);
                return false;
            default:
                return false;
        }
    }

    private async Task<bool> AnswerAsync(BotContext context, string text, CancellationToken cancellationToken)
    {
        switch (await _pending.GetAsync(context.UserId, cancellationToken).ConfigureAwait(false))
        {
            case { Kind: PendingKind.TemplateName } pending:
                await _templates.NameAnsweredAsync(context, pending.Subject, text, cancellationToken).ConfigureAwait(false);
                return true;
            case { Kind: PendingKind.OrderPrompt } pending:
                await _history.PromptAnsweredAsync(context, pending.Subject, text, cancellationToken).ConfigureAwait(false);
                return true;
            case { Kind: PendingKind.TemplatePrompt } pending:
                await _templates.PromptAnsweredAsync(context, pending.Subject, text, cancellationToken).ConfigureAwait(false);
                return true;
            default:
                return false;
        }
    }

    private Task<bool> ButtonAsync(BotContext context, string data, CancellationToken cancellationToken)
    {
        if (data == CallbackData.History)
        {
            return _history.ListAsync(context, null, cancellationToken);
        }

        if (data == CallbackData.Templates)
        {
            return _templates.ListAsync(context, cancellationToken);
        }

        if (data.StartsWith(CallbackData.HistoryPrefix, StringComparison.Ordinal))
        {
            return HistoryCallbacks.TryParse(data[CallbackData.HistoryPrefix.Length..], out var action, out var orderId, out var extra)
                ? OrderAsync(context, action, orderId, extra, cancellationToken)
                : Task.FromResult(false);
        }

        if (data.StartsWith(CallbackData.TemplatesPrefix, StringComparison.Ordinal))
        {
            return HistoryCallbacks.TryParse(data[CallbackData.TemplatesPrefix.Length..], out var action, out var templateId, out var extra) && extra is null
                ? TemplateAsync(context, action, templateId, cancellationToken)
                : Task.FromResult(false);
        }

        return Task.FromResult(false);
    }

    private Task<bool> OrderAsync(BotContext context, string action, string orderId, string? extra, CancellationToken cancellationToken) => (action, extra) switch
    {
        (HistoryCallbacks.Page, null) => _history.ListAsync(context, orderId, cancellationToken),
        (HistoryCallbacks.Open, _) => _history.CardAsync(context, orderId, extra, cancellationToken),
        (HistoryCallbacks.Resend, null) => _history.ResendAsync(context, orderId, cancellationToken),
        (HistoryCallbacks.Repeat, null) => _history.RepeatAsync(context, orderId, cancellationToken),
        (HistoryCallbacks.NewPrompt, null) => _history.AskPromptAsync(context, orderId, cancellationToken),
        (HistoryCallbacks.Edit, null) => _history.EditAsync(context, orderId, cancellationToken),
        (HistoryCallbacks.Save, null) => _history.AskNameAsync(context, orderId, cancellationToken),
        _ => Task.FromResult(false),
    };

    private Task<bool> TemplateAsync(BotContext context, string action, string id, CancellationToken cancellationToken) => action switch
    {
        HistoryCallbacks.View => _templates.ViewAsync(context, id, cancellationToken),
        HistoryCallbacks.Run => _templates.RunAsync(context, id, cancellationToken),
        HistoryCallbacks.RunWithPrompt => _templates.AskPromptAsync(context, id, cancellationToken),
        HistoryCallbacks.Delete => _templates.AskDeleteAsync(context, id, cancellationToken),
        HistoryCallbacks.DeleteConfirmed => _templates.DeleteAsync(context, id, cancellationToken),
        _ => Task.FromResult(false),
    };

    /// <inheritdoc />
    public Task ForgetQuestionAsync(long userId, CancellationToken cancellationToken) => _pending.ClearAsync(userId, cancellationToken);
}
