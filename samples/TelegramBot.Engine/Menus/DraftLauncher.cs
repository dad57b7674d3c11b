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
    private readonly MenuCatalog _catalog;

    /// <summary>Creates the launcher.</summary>
    /// <param name="locks">Per-user serialisation.</param>
    /// <param name="keys">The callback keys.</param>
    /// <param name="sessions">The sessions.</param>
    /// <param name="summary">The summary flow.</param>
    /// <param name="parameters">The parameter flow (Edit opens its overview).</param>
    /// <param name="catalog">What is on offer.</param>
    public DraftLauncher(UserLocks locks, CallbackKeyStore keys, MenuSessionStore sessions, SummaryFlow summary, ParameterFlow parameters, MenuCatalog catalog)
    {
        _locks = locks;
        _keys = keys;
        _sessions = sessions;
        _summary = summary;
        _parameters = parameters;
        _catalog = catalog;
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

    /// <inheritdoc />
    public async Task ShowParametersAsync(BotContext context, string modelId, string modeId, JsonObject input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(modelId);
        ArgumentNullException.ThrowIfNull(modeId);
        ArgumentNullException.ThrowIfNull(input);
        using var held = await _locks.EnterAsync(context.UserId, cancellationToken).ConfigureAwait(false);
        await _keys.EnsureLoadedAsync(cancellationToken).ConfigureAwait(false);
        var session = await _sessions.LoadAsync(context.UserId, cancellationToken).ConfigureAwait(false);
        var turn = new MenuTurn(context, session, _keys, _sessions) { AlwaysNewMessage = true };
        if (!_catalog.Catalog.TryGetModel(modelId, out var model) || !model.TryGetMode(modeId, out var mode))
        {
            session.Clear();
            await turn.ShowAsync(new Screen(turn.Texts.ModelUnavailable, [[ScreenButton.Callback(turn.Texts.ButtonGenerate, CallbackData.Generate)]]), cancellationToken).ConfigureAwait(false);
            return;
        }

        // The same loading as the summary's launch: values the mode no longer has are dropped.
        session.Clear();
        session.Category = MenuCatalog.Code(model.Category);
        session.Model = model.Id;
        session.Mode = mode.Id;
        foreach (var (key, value) in input)
        {
            if (value is not null && (mode.FindParameter(key) ?? mode.Parameters.FirstOrDefault(parameter => string.Equals(parameter.Name.Trim(), key.Trim(), StringComparison.OrdinalIgnoreCase))) is { } parameter)
            {
                session.Parameters[parameter.Name] = value.DeepClone();
            }
        }

        await _parameters.OverviewAsync(turn, cancellationToken).ConfigureAwait(false);
        await turn.SaveAsync(cancellationToken).ConfigureAwait(false);
    }
}
