using System.Text.Json.Nodes;
using Kie.Samples.TelegramBot.Localization;

namespace Kie.Samples.TelegramBot.Templates;

/// <summary>
/// A template's question for the user: their answer replaces <see cref="Placeholder"/> in <see cref="Text"/>, and the
/// result becomes <see cref="Parameter"/> (usually the prompt).
/// </summary>
/// <param name="Parameter">The parameter the filled text goes to.</param>
/// <param name="Text">The text with exactly one <see cref="Placeholder"/>.</param>
/// <param name="QuestionEn">The question, in English.</param>
/// <param name="QuestionRu">The question, in Russian.</param>
/// <param name="ExampleEn">An example answer, in English (also used to check the template at start-up).</param>
/// <param name="ExampleRu">An example answer, in Russian.</param>
internal sealed record TemplatePrompt(string Parameter, string Text, string QuestionEn, string QuestionRu, string ExampleEn, string ExampleRu)
{
    /// <summary>What the user's answer replaces.</summary>
    public const string Placeholder = "{input}";

    /// <summary>The text with the answer in place.</summary>
    /// <param name="answer">The user's answer.</param>
    /// <returns>The parameter's value.</returns>
    public string Fill(string answer) => Text.Replace(Placeholder, answer.Trim(), StringComparison.Ordinal);

    /// <summary>The question in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The question.</returns>
    public string Question(BotLanguage language) => language == BotLanguage.Ru ? QuestionRu : QuestionEn;

    /// <summary>The example in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The example.</returns>
    public string Example(BotLanguage language) => language == BotLanguage.Ru ? ExampleRu : ExampleEn;
}

/// <summary>A template that ships with the bot (from <c>builtin-templates.json</c>).</summary>
/// <param name="Id">A short lower-case id (used in callback data).</param>
/// <param name="NameEn">The name, in English.</param>
/// <param name="NameRu">The name, in Russian.</param>
/// <param name="ModelId">The catalog model id.</param>
/// <param name="ModeId">The mode id.</param>
/// <param name="Parameters">The fixed parameters.</param>
/// <param name="Prompt">The question for the user, or null when the template runs as it is.</param>
internal sealed record BuiltInTemplate(string Id, string NameEn, string NameRu, string ModelId, string ModeId, JsonObject Parameters, TemplatePrompt? Prompt)
{
    /// <summary>The name in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The name.</returns>
    public string Name(BotLanguage language) => language == BotLanguage.Ru ? NameRu : NameEn;

    /// <summary>The full input: the fixed parameters, plus the filled prompt when the template asks for one.</summary>
    /// <param name="answer">The user's answer (ignored when the template asks nothing).</param>
    /// <returns>A new object.</returns>
    public JsonObject Input(string? answer)
    {
        var input = (JsonObject)Parameters.DeepClone();
        if (Prompt is { } prompt && answer is not null)
        {
            input[prompt.Parameter] = prompt.Fill(answer);
        }

        return input;
    }
}
