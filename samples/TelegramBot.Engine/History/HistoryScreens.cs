using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kie.Samples.TelegramBot.Catalog;
using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Localization;
using Kie.Samples.TelegramBot.Menus;
using Kie.Samples.TelegramBot.Orders;
using Kie.Sdk.Catalog;

namespace Kie.Samples.TelegramBot.History;

/// <summary>History's screens: the list of generations, an order's card, and the questions for a name or a prompt.</summary>
internal sealed class HistoryScreens
{
    private const int ListPromptLength = 40;
    private const int CardPromptLength = 300;

    private readonly LiveCatalog _live;

    /// <summary>Creates the screens.</summary>
    /// <param name="live">The catalog in force (names of models, modes and parameters; prices).</param>
    public HistoryScreens(LiveCatalog live)
    {
        _live = live;
    }

    /// <summary>A page of the user's generations, each a button to its card.</summary>
    /// <param name="texts">The user's texts.</param>
    /// <param name="page">The page.</param>
    /// <returns>The screen.</returns>
    public Screen List(BotTexts texts, HistoryPage page)
    {
        if (page.Items.Count == 0)
        {
            return new Screen(
                texts.HistoryNothingYet,
                [
                    [ScreenButton.Callback(texts.ButtonGenerate, CallbackData.Generate), ScreenButton.Callback(texts.ButtonTemplates, CallbackData.Templates)],
                    [ScreenButton.Callback(texts.ButtonMainMenu, CallbackData.MainMenu)],
                ]);
        }

        var text = new StringBuilder(texts.HistoryTitle(page.Number, page.Count));
        var rows = new List<IReadOnlyList<ScreenButton>>();
        foreach (var entry in page.Items)
        {
            var prompt = Prompt(entry) is { } said ? " · " + ParameterText.Shorten(said, ListPromptLength) : string.Empty;
            text.Append("\n\n").Append(StateIcon(entry)).Append(' ').Append(entry.Id).Append(" · ").Append(ModelName(entry))
                .Append('\n').Append(Time(entry.CreatedAt)).Append(" · ").Append(_live.Prices.FormatMinorUnits(entry.PriceMinorUnits)).Append(prompt);
            rows.Add([ScreenButton.Callback($"{StateIcon(entry)} {ModelShort(entry)}{prompt}", HistoryCallbacks.ForOrder(HistoryCallbacks.Open, entry.Id, page.StartId))]);
        }

        var paging = new List<ScreenButton>();
        if (page.PreviousStartId is { } previous)
        {
            paging.Add(ScreenButton.Callback(texts.ButtonPrevious, HistoryCallbacks.ForOrder(HistoryCallbacks.Page, previous)));
        }

        if (page.NextStartId is { } next)
        {
            paging.Add(ScreenButton.Callback(texts.ButtonNext, HistoryCallbacks.ForOrder(HistoryCallbacks.Page, next)));
        }

        if (paging.Count > 0)
        {
            rows.Add(paging);
        }

        rows.Add([ScreenButton.Callback(texts.ButtonTemplates, CallbackData.Templates), ScreenButton.Callback(texts.ButtonMainMenu, CallbackData.MainMenu)]);
        return new Screen(text.ToString(), rows);
    }

    /// <summary>An order's card: what, how much, how it ended, when, and its result links; with its actions.</summary>
    /// <param name="texts">The user's texts.</param>
    /// <param name="entry">The order.</param>
    /// <param name="files">Its result files.</param>
    /// <param name="pageStart">The list page it was opened from, if known (Back returns there).</param>
    /// <returns>The screen.</returns>
    public Screen Card(BotTexts texts, HistoryEntry entry, IReadOnlyList<OrderResultFile> files, string? pageStart)
    {
        var text = new StringBuilder();
        text.Append(texts.HistoryCardTitle(entry.Id)).Append('\n').Append("🤖 ").Append(ModelName(entry));
        var mode = Mode(entry);
        var promptName = mode is null ? "prompt" : PromptInput.ParameterOf(mode)?.Name;
        foreach (var (name, value) in Input(entry))
        {
            if (value is null)
            {
                continue;
            }

            if (string.Equals(name, promptName, StringComparison.Ordinal))
            {
                text.Append("\n📝 ").Append(ParameterText.Shorten(ParameterText.Scalar(value) ?? value.ToJsonString(), CardPromptLength));
            }
            else
            {
                var shown = mode?.FindParameter(name) is { } parameter ? ParameterText.Display(parameter, value, texts) : ParameterText.Shorten(ParameterText.Scalar(value) ?? value.ToJsonString(), 60);
                text.Append("\n⚙️ ").Append(name).Append(": ").Append(shown);
            }
        }

        text.Append('\n').Append(texts.HistoryPriceLine(_live.Prices.FormatMinorUnits(entry.PriceMinorUnits)));
        text.Append('\n').Append(State(texts, entry));
        text.Append('\n').Append(texts.HistoryCreatedLine(Time(entry.CreatedAt)));
        if (entry.FinishedAt is { } finished && (entry.IsDelivered || entry.IsFailed))
        {
            text.Append('\n').Append(texts.HistoryFinishedLine(Time(finished), texts.Duration(finished - entry.CreatedAt)));
        }

        if (files.Count > 0)
        {
            text.Append('\n').Append(texts.HistoryResultsLine);
            foreach (var file in files)
            {
                text.Append('\n').Append(file.Index + 1).Append(". ").Append(file.Url.AbsoluteUri);
            }
        }

        var rows = new List<IReadOnlyList<ScreenButton>>();
        var first = new List<ScreenButton>();
        if (files.Count > 0)
        {
            first.Add(ScreenButton.Callback(texts.ButtonResend, HistoryCallbacks.ForOrder(HistoryCallbacks.Resend, entry.Id)));
        }

        first.Add(ScreenButton.Callback(texts.ButtonRepeat, HistoryCallbacks.ForOrder(HistoryCallbacks.Repeat, entry.Id)));
        rows.Add(first);
        var second = new List<ScreenButton>();
        if (mode is not null && PromptInput.ParameterOf(mode) is not null)
        {
            second.Add(ScreenButton.Callback(texts.ButtonNewPrompt, HistoryCallbacks.ForOrder(HistoryCallbacks.NewPrompt, entry.Id)));
        }

        second.Add(ScreenButton.Callback(texts.ButtonEditSettings, HistoryCallbacks.ForOrder(HistoryCallbacks.Edit, entry.Id)));
        rows.Add(second);
        rows.Add([ScreenButton.Callback(texts.ButtonSaveTemplate, HistoryCallbacks.ForOrder(HistoryCallbacks.Save, entry.Id))]);
        rows.Add([
            ScreenButton.Callback(texts.ButtonBackToList, pageStart is null ? CallbackData.History : HistoryCallbacks.ForOrder(HistoryCallbacks.Page, pageStart)),
            ScreenButton.Callback(texts.ButtonMainMenu, CallbackData.MainMenu),
        ]);
        return new Screen(text.ToString(), rows);
    }

    /// <summary>The question for a template's name.</summary>
    /// <param name="texts">The user's texts.</param>
    /// <param name="entry">The order whose settings are saved.</param>
    /// <returns>The screen.</returns>
    public Screen AskName(BotTexts texts, HistoryEntry entry) =>
        new(texts.AskTemplateName(ModelName(entry), Templates.TemplateNames.MaxLength), [[ScreenButton.Callback(texts.ButtonCancel, MenuCallbacks.Cancel)]]);

    /// <summary>The question for a new prompt for an order's settings.</summary>
    /// <param name="texts">The user's texts.</param>
    /// <param name="entry">The order.</param>
    /// <returns>The screen.</returns>
    public Screen AskPrompt(BotTexts texts, HistoryEntry entry) =>
        new(
            texts.AskNewPrompt(ModelName(entry), Prompt(entry) is { } old ? ParameterText.Shorten(old, CardPromptLength) : null),
            [[ScreenButton.Callback(texts.ButtonCancel, MenuCallbacks.Cancel)]]);

    /// <summary>The model and mode as a person reads them (ids when the catalog no longer has them).</summary>
    /// <param name="modelId">The model id.</param>
    /// <param name="modeId">The mode id.</param>
    /// <returns>For example "Nano Banana · Text to image".</returns>
    public string ModelName(string modelId, string modeId) =>
        _live.Current.TryGetModel(modelId, out var model)
            ? model.DisplayName + " · " + (model.TryGetMode(modeId, out var mode) ? mode.DisplayName : modeId)
            : modelId + " · " + modeId;

    /// <summary>The order's parameters.</summary>
    /// <param name="entry">The order.</param>
    /// <returns>The parameters (empty when the stored text is not a JSON object).</returns>
    public static JsonObject Input(HistoryEntry entry)
    {
        try
        {
            return JsonNode.Parse(entry.InputJson) as JsonObject ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    /// <summary>The order's mode in the catalog in force, if it is still there.</summary>
    /// <param name="entry">The order.</param>
    /// <returns>The mode, or null.</returns>
    public KieModelMode? Mode(HistoryEntry entry) =>
        _live.Current.TryGetModel(entry.ModelId, out var model) && model.TryGetMode(entry.ModeId, out var mode) ? mode : null;

    private string ModelName(HistoryEntry entry) => ModelName(entry.ModelId, entry.ModeId);

    private string ModelShort(HistoryEntry entry) => _live.Current.TryGetModel(entry.ModelId, out var model) ? model.DisplayName : entry.ModelId;

    private string? Prompt(HistoryEntry entry)
    {
        var name = Mode(entry) is { } mode ? PromptInput.ParameterOf(mode)?.Name : "prompt";
        return name is not null && Input(entry)[name] is JsonValue value && value.TryGetValue<string>(out var prompt) ? prompt : null;
    }

    private static string StateIcon(HistoryEntry entry) => entry.IsDelivered ? "✅" : entry.IsFailed ? "❌" : "⏳";

    private static string State(BotTexts texts, HistoryEntry entry) => entry switch
    {
        { IsDelivered: true } => texts.HistoryStateDelivered,
        { IsFailed: true } => texts.HistoryStateFailed(texts.FailureReason(entry.FailureInfo!)),
        { State: OrderState.Succeeded } => texts.HistoryStateDelivering,
        _ => texts.HistoryStateRunning,
    };

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
