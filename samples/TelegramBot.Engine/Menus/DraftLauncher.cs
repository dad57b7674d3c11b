using System.Text.Json.Nodes;
using Kie.Samples.TelegramBot.Conversation;

namespace Kie.Samples.TelegramBot.Menus;

/// <summary>
/// <see cref="IDraftLauncher"/> for other features (Retry after a failure, history, templates): the summary or the
/// parameter overview is sent as a new message, so the message that carried their button stays as it was.
/// </summary>
internal sealed class DraftLauncher : IDraftLauncher
{
    private readonly UserLocks _locks;
    private readonly CallbackKeyStore _keys;
    private readonly MenuSessionStore _sessions;
    private readonly SummaryFlow _summary;
    private readonly ParameterFlow _parameters;

    /// <summary>Creates the launcher.</summary>
    /// <param name="locks">Per-user serialisation.</param>
    /// <param name="keys">The callback keys.</param>
    /// <param name="sessions">The sessions.</param>
    /// <param name="summary">The summary flow (it also loads a draft into the session).</param>
    /// <param name="parameters">The parameter flow (Edit opens its overview).</param>
    public DraftLauncher(UserLocks locks, CallbackKeyStore keys, MenuSessionStore sessions, SummaryFlow summary, ParameterFlow parameters)
    {
        _locks = locks;
        _keys = keys;
        _sessions = sessions;
        _summary = summary;
        _parameters = parameters;
    }

    /// <inheritdoc />
    public Task ShowSummaryAsync(BotContext context, string modelId, string modeId, JsonObject input, CancellationToken cancellationToken = default) =>
        InNewTurnAsync(context, modelId, modeId, input, turn => _summary.LaunchAsync(turn, modelId, modeId, input, cancellationToken), cancellationToken);

    /// <inheritdoc />
    public Task ShowParametersAsync(BotContext context, string modelId, string modeId, JsonObject input, CancellationToken cancellationToken = default) =>
        InNewTurnAsync(
            context,
            modelId,
            modeId,
            input,
            async turn =>
            {
                if (await _summary.LoadAsync(turn, modelId, modeId, input, cancellationToken).ConfigureAwait(false))
                {
                    await _parameters.OverviewAsync(turn, cancellationToken).ConfigureAwait(false);
                }
            },
            cancellationToken);

    /// <summary>Runs <paramref name="show"/> in a menu turn of the user's that sends its screens as new messages, then saves the turn.</summary>
    private async Task InNewTurnAsync(BotContext context, string modelId, string modeId, JsonObject input, Func<MenuTurn, Task> show, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(modelId);
        ArgumentNullException.ThrowIfNull(modeId);
        ArgumentNullException.ThrowIfNull(input);
        using var held = await _locks.EnterAsync(context.UserId, cancellationToken).ConfigureAwait(false);
        await _keys.EnsureLoadedAsync(cancellationToken).ConfigureAwait(false);
        var session = await _sessions.LoadAsync(context.UserId, cancellationToken).ConfigureAwait(false);
        var turn = new MenuTurn(context, session, _keys, _sessions) { AlwaysNewMessage = true };
        await show(turn).ConfigureAwait(false);
        await turn.SaveAsync(cancellationToken).ConfigureAwait(false);
    }
}
