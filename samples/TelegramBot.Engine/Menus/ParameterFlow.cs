using System.Text.Json.Nodes;
using Kie.Samples.TelegramBot.Conversation;
using Kie.Sdk;
using Kie.Sdk.Catalog;

namespace Kie.Samples.TelegramBot.Menus;

/// <summary>
/// Collecting a mode's parameters: required ones are asked in turn, then the overview lets the user change anything.
/// Choices are buttons; text and numbers are typed and checked with the SDK (a refusal says what is allowed and asks
/// again); files go to KIE's storage. Handlers return false for stale data (the engine then says "menu expired").
/// </summary>
internal sealed class ParameterFlow
{
    private readonly MenuCatalog _catalog;
    private readonly CallbackKeyStore _keys;
    private readonly ParameterScreens _screens;
    private readonly FileUploader _uploader;

    /// <summary>Creates the flow.</summary>
    /// <param name="catalog">What is on offer.</param>
    /// <param name="keys">The callback keys.</param>
    /// <param name="screens">The parameter screens.</param>
    /// <param name="uploader">Puts files on KIE's storage.</param>
    public ParameterFlow(MenuCatalog catalog, CallbackKeyStore keys, ParameterScreens screens, FileUploader uploader)
    {
        _catalog = catalog;
        _keys = keys;
        _screens = screens;
        _uploader = uploader;
    }

    /// <summary>Asks for the first required parameter still missing, or shows the overview when none is.</summary>
    /// <param name="turn">The turn.</param>
    /// <param name="model">The model.</param>
    /// <param name="mode">The mode.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when shown.</returns>
    public Task NextAsync(MenuTurn turn, KieModelInfo model, KieModelMode mode, CancellationToken cancellationToken) =>
        ParameterScreens.FirstMissing(mode, turn.Session) is { } missing
            ? AskAsync(turn, model, mode, missing, 0, cancellationToken)
            : OverviewAsync(turn, model, mode, cancellationToken);

    /// <summary>The overview of the session's mode (<c>params</c>: Back from a question, Edit from the summary).</summary>
    /// <param name="turn">The turn.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>False when the session has no mode.</returns>
    public async Task<bool> OverviewAsync(MenuTurn turn, CancellationToken cancellationToken)
    {
        if (!_catalog.TryGetCurrent(turn.Session, out var model, out var mode))
        {
            return false;
        }

        await OverviewAsync(turn, model, mode, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>One parameter's question (<c>param_input</c>, <c>param_page</c>).</summary>
    /// <param name="turn">The turn.</param>
    /// <param name="parameterKey">The parameter's key.</param>
    /// <param name="page">The page of a long choice.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>False for stale data.</returns>
    public async Task<bool> InputAsync(MenuTurn turn, string parameterKey, int page, CancellationToken cancellationToken)
    {
        if (await ResolveAsync(turn, parameterKey, cancellationToken).ConfigureAwait(false) is not ({ } model, { } mode, { } parameter))
        {
            return false;
        }

        await AskAsync(turn, model, mode, parameter, page, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>A choice button (<c>set_param:&lt;name&gt;:&lt;value&gt;</c>).</summary>
    /// <param name="turn">The turn.</param>
    /// <param name="parameterKey">The parameter's key.</param>
    /// <param name="valueKey">The value's key.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>False for stale data (unknown key, parameter or value not in this mode).</returns>
    public async Task<bool> SetAsync(MenuTurn turn, string parameterKey, string valueKey, CancellationToken cancellationToken)
    {
        if (await ResolveAsync(turn, parameterKey, cancellationToken).ConfigureAwait(false) is not ({ } model, { } mode, { } parameter)
            || !ParameterText.IsChoice(parameter)
            || await _keys.ResolveAsync(CallbackKeyKind.Value, valueKey, cancellationToken).ConfigureAwait(false) is not { } value
            || !ParameterText.ChoiceValues(parameter).Contains(value, StringComparer.Ordinal))
        {
            return false;
        }

        var change = ParameterEditor.TrySet(_catalog.Catalog, model, mode, turn.Session.Parameters, parameter, JsonValue.Create(value));
        if (!change.Accepted)
        {
            await turn.Context.AnswerAsync(turn.Texts.ChoiceRefused(change.Problem!.Message), cancellationToken).ConfigureAwait(false);
            return true;
        }

        Store(turn.Session, parameter, change.Value);
        await NextAsync(turn, model, mode, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Skip: an optional parameter goes back to unset (its default applies).</summary>
    /// <param name="turn">The turn.</param>
    /// <param name="parameterKey">The parameter's key.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>False for stale data or a required parameter.</returns>
    public async Task<bool> SkipAsync(MenuTurn turn, string parameterKey, CancellationToken cancellationToken)
    {
        if (await ResolveAsync(turn, parameterKey, cancellationToken).ConfigureAwait(false) is not ({ } model, { } mode, { } parameter)
            || (parameter.Required && parameter.Default is null))
        {
            return false;
        }

        Store(turn.Session, parameter, null);
        await NextAsync(turn, model, mode, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Done with a list of files.</summary>
    /// <param name="turn">The turn.</param>
    /// <param name="parameterKey">The parameter's key.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>False for stale data.</returns>
    public async Task<bool> DoneAsync(MenuTurn turn, string parameterKey, CancellationToken cancellationToken)
    {
        if (await ResolveAsync(turn, parameterKey, cancellationToken).ConfigureAwait(false) is not ({ } model, { } mode, { } parameter)
            || parameter.Type != KieParameterType.UrlList)
        {
            return false;
        }

        turn.Session.Awaiting = null;
        await NextAsync(turn, model, mode, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Empties a list of files and asks again.</summary>
    /// <param name="turn">The turn.</param>
    /// <param name="parameterKey">The parameter's key.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>False for stale data.</returns>
    public async Task<bool> ClearAsync(MenuTurn turn, string parameterKey, CancellationToken cancellationToken)
    {
        if (await ResolveAsync(turn, parameterKey, cancellationToken).ConfigureAwait(false) is not ({ } model, { } mode, { } parameter)
            || parameter.Type != KieParameterType.UrlList)
        {
            return false;
        }

        Store(turn.Session, parameter, null);
        await AskAsync(turn, model, mode, parameter, 0, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Typed text for the awaited parameter.</summary>
    /// <param name="turn">The turn.</param>
    /// <param name="text">The text.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>False when no parameter is awaited (the caller gives the neutral reply).</returns>
    public async Task<bool> TextAsync(MenuTurn turn, string text, CancellationToken cancellationToken)
    {
        if (Awaited(turn.Session) is not ({ } model, { } mode, { } parameter))
        {
            turn.Session.Awaiting = null;
            return false;
        }

        var change = ParameterEditor.TrySet(_catalog.Catalog, model, mode, turn.Session.Parameters, parameter, JsonValue.Create(text));
        if (change.Accepted && parameter.Type == KieParameterType.UrlList && change.Value is JsonArray links)
        {
            // Typed links add to the files already given rather than replace them.
            change = Append(turn, model, mode, parameter, links);
        }

        if (!change.Accepted)
        {
            await RefuseAsync(turn, parameter, change.Problem!, cancellationToken).ConfigureAwait(false);
            return true;
        }

        Store(turn.Session, parameter, change.Value);
        await AfterValueAsync(turn, model, mode, parameter, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>A file for the awaited parameter: uploaded to KIE, its hosted URL becomes the value.</summary>
    /// <param name="turn">The turn.</param>
    /// <param name="file">The file.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>Always true (files are only ever the menus').</returns>
    public async Task<bool> FileAsync(MenuTurn turn, FileReceived file, CancellationToken cancellationToken)
    {
        if (Awaited(turn.Session) is not ({ } model, { } mode, { } parameter))
        {
            await turn.ReplyAsync(new Screen(turn.Texts.FileNotExpected), cancellationToken).ConfigureAwait(false);
            return true;
        }

        if (!ParameterText.IsFile(parameter))
        {
            await turn.ReplyAsync(new Screen(turn.Texts.ExpectedText(ParameterText.Name(parameter))), cancellationToken).ConfigureAwait(false);
            return true;
        }

        var current = turn.Session.Parameters.GetValueOrDefault(parameter.Name) as JsonArray;
        if (parameter.Type == KieParameterType.UrlList && parameter.MaxItems is { } max && current?.Count >= max)
        {
            await turn.ReplyAsync(new Screen(turn.Texts.FilesFull(max)), cancellationToken).ConfigureAwait(false);
            return true;
        }

        if (file.Size > FileUploader.MaxBytes)
        {
            await turn.ReplyAsync(new Screen(turn.Texts.FileTooLarge), cancellationToken).ConfigureAwait(false);
            return true;
        }

        if (await _uploader.UploadAsync(turn.Context, file, cancellationToken).ConfigureAwait(false) is not { } url)
        {
            await turn.ReplyAsync(new Screen(turn.Texts.UploadFailed), cancellationToken).ConfigureAwait(false);
            return true;
        }

        var change = parameter.Type == KieParameterType.UrlList
            ? Append(turn, model, mode, parameter, [JsonValue.Create(url.AbsoluteUri)])
            : ParameterEditor.TrySet(_catalog.Catalog, model, mode, turn.Session.Parameters, parameter, JsonValue.Create(url.AbsoluteUri));
        if (!change.Accepted)
        {
            await RefuseAsync(turn, parameter, change.Problem!, cancellationToken).ConfigureAwait(false);
            return true;
        }

        Store(turn.Session, parameter, change.Value);
        await AfterValueAsync(turn, model, mode, parameter, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Shows a parameter's question and, for typed values and files, awaits the answer.</summary>
    /// <param name="turn">The turn.</param>
    /// <param name="model">The model.</param>
    /// <param name="mode">The mode.</param>
    /// <param name="parameter">The parameter.</param>
    /// <param name="page">The page of a long choice.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when shown.</returns>
    public Task AskAsync(MenuTurn turn, KieModelInfo model, KieModelMode mode, KieModelParameter parameter, int page, CancellationToken cancellationToken)
    {
        turn.Session.Awaiting = ParameterText.IsChoice(parameter) ? null : parameter.Name;
        return turn.ShowAsync(_screens.Question(turn.Texts, model, mode, parameter, turn.Session, page), cancellationToken);
    }

    private Task OverviewAsync(MenuTurn turn, KieModelInfo model, KieModelMode mode, CancellationToken cancellationToken)
    {
        turn.Session.Awaiting = null;
        return turn.ShowAsync(_screens.Overview(turn.Texts, model, mode, turn.Session), cancellationToken);
    }

    private Task AfterValueAsync(MenuTurn turn, KieModelInfo model, KieModelMode mode, KieModelParameter parameter, CancellationToken cancellationToken)
    {
        // A list of files stays open for more until it is full or the user presses Done.
        if (parameter.Type == KieParameterType.UrlList
            && (parameter.MaxItems is not { } max || (turn.Session.Parameters.GetValueOrDefault(parameter.Name) as JsonArray)?.Count < max))
        {
            return AskAsync(turn, model, mode, parameter, 0, cancellationToken);
        }

        return NextAsync(turn, model, mode, cancellationToken);
    }

    private ParameterChange Append(MenuTurn turn, KieModelInfo model, KieModelMode mode, KieModelParameter parameter, JsonArray added)
    {
        var combined = new JsonArray();
        if (turn.Session.Parameters.GetValueOrDefault(parameter.Name) is JsonArray existing)
        {
            foreach (var item in existing)
            {
                combined.Add(item?.DeepClone());
            }
        }

        foreach (var item in added)
        {
            combined.Add(item?.DeepClone());
        }

        return ParameterEditor.TrySet(_catalog.Catalog, model, mode, turn.Session.Parameters, parameter, combined);
    }

    private Task RefuseAsync(MenuTurn turn, KieModelParameter parameter, KieValidationProblem problem, CancellationToken cancellationToken)
    {
        var name = ParameterText.Name(parameter);
        var text = turn.Texts.InvalidValue(name, problem.Message, ParameterText.Allowed(parameter, turn.Texts));
        return turn.ReplyAsync(new Screen(text, [MenuLayout.BackAndCancel(turn.Texts, MenuCallbacks.Parameters)]), cancellationToken);
    }

    private static void Store(MenuSession session, KieModelParameter parameter, JsonNode? value)
    {
        if (value is null)
        {
            session.Parameters.Remove(parameter.Name);
        }
        else
        {
            session.Parameters[parameter.Name] = value;
        }

        session.Awaiting = null;
        session.InvalidateDraft();
    }

    private (KieModelInfo Model, KieModelMode Mode, KieModelParameter Parameter)? Awaited(MenuSession session)
    {
        if (session.Awaiting is not { } name || !_catalog.TryGetCurrent(session, out var model, out var mode) || mode.FindParameter(name) is not { } parameter)
        {
            return null;
        }

        return (model, mode, parameter);
    }

    private async ValueTask<(KieModelInfo Model, KieModelMode Mode, KieModelParameter Parameter)?> ResolveAsync(MenuTurn turn, string parameterKey, CancellationToken cancellationToken)
    {
        if (!_catalog.TryGetCurrent(turn.Session, out var model, out var mode)
            || await _keys.ResolveAsync(CallbackKeyKind.Parameter, parameterKey, cancellationToken).ConfigureAwait(false) is not { } name
            || mode.FindParameter(name) is not { } parameter)
        {
            return null;
        }

        return (model, mode, parameter);
    }
}
