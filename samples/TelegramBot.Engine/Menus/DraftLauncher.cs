using System.Text.Json.Nodes;
using Kie.Samples.TelegramBot.Conversation;

namespace Kie.Samples.TelegramBot.Menus;

/// <summary>
/// <see cref="IDraftLauncher"/> for other features (Retry after a failure; later history and templates): the summary is
/// sent as a new message, so the message that carried their button stays as it was.
/// </summary>
internal sealed class DraftLauncher : IDraftLauncher
{
    private readonly UserLocks _locks;
    private readonly CallbackKeyStore _keys;
    private readonly MenuSessionStore _sessions;
    private readonly SummaryFlow _summary;

    /// <summary>Creates the launcher.</summary>
    /// <param name="locks">Per-user serialisation.</param>
    /// <param name="keys">The callback keys.</param>
    /// <param name="sessions">The sessions.</param>
    /// <param name="summary">The summary flow.</param>
    public DraftLauncher(UserLocks locks, CallbackKeyStore keys, MenuSessionStore sessions, SummaryFlow summary)
    {
        _locks = locks;
        _keys = keys;
        _sessions = sessions;
        _summary = summary;
    }

    /// <inheritdoc />
    public async Task ShowSummaryAsync(BotContext context, string modelId, string modeId, JsonObject input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(modelId);
        ArgumentNullException.ThrowIfNull(modeId);
        ArgumentNullException.ThrowIfNull(input);
        using var held = await _locks.EnterAsync(context.UserId, cancellationToken).ConfigureAwait(false);
        await _keys.EnsureLoadedAsync(cancellationToken).ConfigureAwait(false);
        var session = await _sessions.LoadAsync(context.UserId, cancellationToken).ConfigureAwait(false);
        var turn = new MenuTurn(context, session, _keys, _sessions) { AlwaysNewMessage = true };
        await _summary.LaunchAsync(turn, modelId, modeId, input, cancellationToken).ConfigureAwait(false);
        await turn.SaveAsync(cancellationToken).ConfigureAwait(false);
    }
}
