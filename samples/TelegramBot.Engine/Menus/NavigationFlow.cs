using Kie.Sdk.Catalog;

namespace Kie.Samples.TelegramBot.Menus;

/// <summary>
/// Category → model → mode. Choosing another model or mode starts its parameters afresh; coming back to the same one
/// (Back from the parameters) keeps what was set. A model with one mode skips the mode step.
/// </summary>
internal sealed class NavigationFlow
{
    private readonly MenuCatalog _catalog;
    private readonly CallbackKeyStore _keys;
    private readonly NavigationScreens _screens;
    private readonly ParameterFlow _parameters;

    /// <summary>Creates the flow.</summary>
    /// <param name="catalog">What is on offer.</param>
    /// <param name="keys">The callback keys.</param>
    /// <param name="screens">The choice screens.</param>
    /// <param name="parameters">The parameter flow (after a mode is chosen).</param>
    public NavigationFlow(MenuCatalog catalog, CallbackKeyStore keys, NavigationScreens screens, ParameterFlow parameters)
    {
        _catalog = catalog;
        _keys = keys;
        _screens = screens;
        _parameters = parameters;
    }

    /// <summary>The categories (<c>menu:generate</c>).</summary>
    /// <param name="turn">The turn.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>Always true.</returns>
    public async Task<bool> CategoriesAsync(MenuTurn turn, CancellationToken cancellationToken)
    {
        turn.Session.Awaiting = null;
        await turn.ShowAsync(_screens.Categories(turn.Texts), cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>A category's models (<c>category:&lt;cat&gt;</c>, <c>models:&lt;cat&gt;:&lt;page&gt;</c>).</summary>
    /// <param name="turn">The turn.</param>
    /// <param name="code">The category code.</param>
    /// <param name="page">The page.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>False for a category not on offer.</returns>
    public async Task<bool> CategoryAsync(MenuTurn turn, string code, int page, CancellationToken cancellationToken)
    {
        if (!_catalog.TryParseCategory(code, out var category))
        {
            return false;
        }

        turn.Session.Category = code;
        turn.Session.Awaiting = null;
        await turn.ShowAsync(_screens.Models(turn.Texts, category, page), cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>A model (<c>model:&lt;key&gt;</c>): its modes, or straight to the parameters when it has one.</summary>
    /// <param name="turn">The turn.</param>
    /// <param name="modelKey">The model's key.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>False for stale data.</returns>
    public async Task<bool> ModelAsync(MenuTurn turn, string modelKey, CancellationToken cancellationToken)
    {
        if (await _keys.ResolveAsync(CallbackKeyKind.Model, modelKey, cancellationToken).ConfigureAwait(false) is not { } id
            || !_catalog.TryGetModel(id, out var model))
        {
            return false;
        }

        var session = turn.Session;
        if (!string.Equals(session.Model, model.Id, StringComparison.Ordinal))
        {
            session.Model = model.Id;
            session.Mode = null;
            session.ResetParameters();
        }

        session.Category = MenuCatalog.Code(model.Category);
        session.Awaiting = null;
        var modes = _catalog.ModesOf(model);
        if (modes.Count == 1)
        {
            await SelectAsync(turn, model, modes[0], cancellationToken).ConfigureAwait(false);
            return true;
        }

        await turn.ShowAsync(_screens.Modes(turn.Texts, model), cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>A mode (<c>mode:&lt;key&gt;:&lt;mode&gt;</c>): on to its parameters.</summary>
    /// <param name="turn">The turn.</param>
    /// <param name="modelKey">The model's key.</param>
    /// <param name="modeKey">The mode's key.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>False for stale data.</returns>
    public async Task<bool> ModeAsync(MenuTurn turn, string modelKey, string modeKey, CancellationToken cancellationToken)
    {
        if (await _keys.ResolveAsync(CallbackKeyKind.Model, modelKey, cancellationToken).ConfigureAwait(false) is not { } modelId
            || await _keys.ResolveAsync(CallbackKeyKind.Mode, modeKey, cancellationToken).ConfigureAwait(false) is not { } modeId
            || !_catalog.TryGetMode(modelId, modeId, out var model, out var mode))
        {
            return false;
        }

        await SelectAsync(turn, model, mode, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private Task SelectAsync(MenuTurn turn, KieModelInfo model, KieModelMode mode, CancellationToken cancellationToken)
    {
        var session = turn.Session;
        if (!string.Equals(session.Model, model.Id, StringComparison.Ordinal) || !string.Equals(session.Mode, mode.Id, StringComparison.Ordinal))
        {
            session.Model = model.Id;
            session.Mode = mode.Id;
            session.ResetParameters();
        }

        session.Category = MenuCatalog.Code(model.Category);
        return _parameters.NextAsync(turn, model, mode, cancellationToken);
    }
}
