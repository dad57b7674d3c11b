using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.History;
using Kie.Samples.TelegramBot.Localization;
using Kie.Samples.TelegramBot.Menus;

namespace Kie.Samples.TelegramBot.Templates;

/// <summary>The templates' screens: the list (built-in, then the user's), a template's card, questions and notices.</summary>
internal sealed class TemplateScreens
{
    private readonly HistoryScreens _history;

    /// <summary>Creates the screens.</summary>
    /// <param name="history">History's screens (model names).</param>
    public TemplateScreens(HistoryScreens history)
    {
        _history = history;
    }

    /// <summary>The list: each template a button to its card.</summary>
    /// <param name="texts">The user's texts.</param>
    /// <param name="builtIns">The built-in templates.</param>
    /// <param name="own">The user's templates.</param>
    /// <param name="lead">A line to put first (a deletion), or null.</param>
    /// <returns>The screen.</returns>
    public Screen List(BotTexts texts, IReadOnlyList<BuiltInTemplate> builtIns, IReadOnlyList<UserTemplate> own, string? lead = null)
    {
        var rows = new List<IReadOnlyList<ScreenButton>>();
        foreach (var pair in builtIns.Chunk(2))
        {
            rows.Add(pair.Select(template => ScreenButton.Callback(template.Name(texts.Language), HistoryCallbacks.ForTemplate(HistoryCallbacks.View, template.Id))).ToArray());
        }

        foreach (var template in own)
        {
            rows.Add([ScreenButton.Callback("⭐ " + template.Name, HistoryCallbacks.ForTemplate(HistoryCallbacks.View, template.Id))]);
        }

        rows.Add([ScreenButton.Callback(texts.ButtonHistory, CallbackData.History), ScreenButton.Callback(texts.ButtonMainMenu, CallbackData.MainMenu)]);
        var text = texts.TemplatesTitle(own.Count);
        return new Screen(lead is null ? text : lead + "\n\n" + text, rows);
    }

    /// <summary>A built-in template's card.</summary>
    /// <param name="texts">The user's texts.</param>
    /// <param name="template">The template.</param>
    /// <returns>The screen.</returns>
    public Screen Card(BotTexts texts, BuiltInTemplate template)
    {
        var text = new StringBuilder(template.Name(texts.Language)).Append("\n🤖 ").Append(_history.ModelName(template.ModelId, template.ModeId));
        AppendParameters(text, template.Parameters);
        if (template.Prompt is { } prompt)
        {
            text.Append('\n').Append(texts.TemplateAsks(prompt.Question(texts.Language), prompt.Example(texts.Language)));
        }

        return new Screen(
            text.ToString(),
            [
                [ScreenButton.Callback(texts.ButtonRunTemplate, HistoryCallbacks.ForTemplate(HistoryCallbacks.Run, template.Id))],
                [ScreenButton.Callback(texts.ButtonBackToTemplates, CallbackData.Templates), ScreenButton.Callback(texts.ButtonMainMenu, CallbackData.MainMenu)],
            ]);
    }

    /// <summary>A user's template's card.</summary>
    /// <param name="texts">The user's texts.</param>
    /// <param name="template">The template.</param>
    /// <param name="canChangePrompt">Whether its mode has a prompt to replace.</param>
    /// <returns>The screen.</returns>
    public Screen Card(BotTexts texts, UserTemplate template, bool canChangePrompt)
    {
        var text = new StringBuilder("⭐ ").Append(template.Name).Append("\n🤖 ").Append(_history.ModelName(template.ModelId, template.ModeId));
        AppendParameters(text, Input(template));
        var run = new List<ScreenButton> { ScreenButton.Callback(texts.ButtonRunTemplate, HistoryCallbacks.ForTemplate(HistoryCallbacks.Run, template.Id)) };
        if (canChangePrompt)
        {
            run.Add(ScreenButton.Callback(texts.ButtonNewPrompt, HistoryCallbacks.ForTemplate(HistoryCallbacks.RunWithPrompt, template.Id)));
        }

        return new Screen(
            text.ToString(),
            [
                run,
                [ScreenButton.Callback(texts.ButtonDeleteTemplate, HistoryCallbacks.ForTemplate(HistoryCallbacks.Delete, template.Id))],
                [ScreenButton.Callback(texts.ButtonBackToTemplates, CallbackData.Templates), ScreenButton.Callback(texts.ButtonMainMenu, CallbackData.MainMenu)],
            ]);
    }

    /// <summary>The question before deleting a template.</summary>
    /// <param name="texts">The user's texts.</param>
    /// <param name="template">The template.</param>
    /// <returns>The screen.</returns>
    public static Screen DeleteQuestion(BotTexts texts, UserTemplate template) => new(
        texts.DeleteTemplateQuestion(template.Name),
        [
            [
                ScreenButton.Callback(texts.ButtonDeleteConfirmed, HistoryCallbacks.ForTemplate(HistoryCallbacks.DeleteConfirmed, template.Id)),
                ScreenButton.Callback(texts.ButtonKeep, HistoryCallbacks.ForTemplate(HistoryCallbacks.View, template.Id)),
            ],
        ]);

    /// <summary>A template's question (the prompt it needs).</summary>
    /// <param name="texts">The user's texts.</param>
    /// <param name="question">The question.</param>
    /// <param name="example">An example answer, if any.</param>
    /// <returns>The screen.</returns>
    public static Screen AskPrompt(BotTexts texts, string question, string? example) =>
        new(texts.TemplatePromptQuestion(question, example), [[ScreenButton.Callback(texts.ButtonCancel, MenuCallbacks.Cancel)]]);

    /// <summary>A template was saved.</summary>
    /// <param name="texts">The user's texts.</param>
    /// <param name="name">Its name.</param>
    /// <param name="id">Its id.</param>
    /// <returns>The screen.</returns>
    public static Screen Saved(BotTexts texts, string name, string id) => new(
        texts.TemplateSaved(name),
        [
            [ScreenButton.Callback(texts.ButtonRunTemplate, HistoryCallbacks.ForTemplate(HistoryCallbacks.Run, id))],
            [ScreenButton.Callback(texts.ButtonTemplates, CallbackData.Templates), ScreenButton.Callback(texts.ButtonMainMenu, CallbackData.MainMenu)],
        ]);

    /// <summary>A user template's parameters.</summary>
    /// <param name="template">The template.</param>
    /// <returns>The parameters (empty when the stored text is not a JSON object).</returns>
    public static JsonObject Input(UserTemplate template)
    {
        try
        {
            return JsonNode.Parse(template.InputJson) as JsonObject ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static void AppendParameters(StringBuilder text, JsonObject parameters)
    {
        foreach (var (name, value) in parameters)
        {
            if (value is not null)
            {
                text.Append("\n⚙️ ").Append(name).Append(": ").Append(ParameterText.Shorten(ParameterText.Scalar(value) ?? value.ToJsonString(), 80));
            }
        }
    }
}
