using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Localization;
using Kie.Sdk.Catalog;

namespace Kie.Samples.TelegramBot.Menus;

/// <summary>The parameter screens: the overview of a mode's settings, and one setting's question.</summary>
internal sealed class ParameterScreens
{
    /// <summary>Choice values per page.</summary>
    public const int ValuesPerPage = 24;

    private readonly MenuCatalog _catalog;
    private readonly CallbackKeyStore _keys;

    /// <summary>Creates the screens.</summary>
    /// <param name="catalog">What is on offer.</param>
    /// <param name="keys">The callback keys.</param>
    public ParameterScreens(MenuCatalog catalog, CallbackKeyStore keys)
    {
        _catalog = catalog;
        _keys = keys;
    }

    /// <summary>The title of a model and mode.</summary>
    /// <param name="model">The model.</param>
    /// <param name="mode">The mode.</param>
    /// <returns>The text.</returns>
    public static string Title(KieModelInfo model, KieModelMode mode) => $"{model.DisplayName} · {mode.DisplayName}";

    /// <summary>Where Back from the overview goes: the modes, or the models when the model has one mode.</summary>
    /// <param name="model">The model.</param>
    /// <returns>The data.</returns>
    public string BackFromParameters(KieModelInfo model)
    {
        var modes = _catalog.ModesOf(model);
        return modes.Count switch
        {
            0 => CallbackData.Generate,
            1 => MenuCallbacks.Category(MenuCatalog.Code(model.Category)),
            _ => MenuCallbacks.Model(_keys.KeyFor(CallbackKeyKind.Model, model.Id)),
        };
    }

    /// <summary>The overview: every setting with its value, a button each, and the way on to the price.</summary>
    /// <param name="texts">The user's texts.</param>
    /// <param name="model">The model.</param>
    /// <param name="mode">The mode.</param>
    /// <param name="session">The session (values set so far).</param>
    /// <returns>The screen.</returns>
    public Screen Overview(BotTexts texts, KieModelInfo model, KieModelMode mode, MenuSession session)
    {
        var text = new StringBuilder(Title(model, mode)).Append("\n\n");
        var rows = new List<IReadOnlyList<ScreenButton>>(mode.Parameters.Count + 2)
        {
            new[] { ScreenButton.Callback(texts.ButtonPriceAndConfirm, MenuCallbacks.ShowPriceConfirmation) },
        };
        foreach (var parameter in mode.Parameters)
        {
            var name = ParameterText.Name(parameter) + (parameter.Required ? "*" : string.Empty);
            var value = ValueOf(texts, parameter, session);
            text.Append("• ").Append(name).Append(": ").Append(value).Append('\n');
            var label = (IsMissing(parameter, session) ? "❗ " : "✏️ ") + name + ": " + ParameterText.Shorten(value, 24);
            rows.Add([ScreenButton.Callback(label, MenuCallbacks.ParameterInput(_keys.KeyFor(CallbackKeyKind.Parameter, parameter.Name)))]);
        }

        text.Append('\n').Append(texts.ParametersHint);
        rows.Add(MenuLayout.BackAndCancel(texts, BackFromParameters(model)));
        return new Screen(text.ToString(), rows);
    }

    /// <summary>One setting's question: buttons for a choice, or what to type or send.</summary>
    /// <param name="texts">The user's texts.</param>
    /// <param name="model">The model.</param>
    /// <param name="mode">The mode.</param>
    /// <param name="parameter">The parameter.</param>
    /// <param name="session">The session.</param>
    /// <param name="page">The page of a long choice, from 0.</param>
    /// <returns>The screen.</returns>
    public Screen Question(BotTexts texts, KieModelInfo model, KieModelMode mode, KieModelParameter parameter, MenuSession session, int page = 0)
    {
        var name = ParameterText.Name(parameter);
        var parameterKey = _keys.KeyFor(CallbackKeyKind.Parameter, parameter.Name);
        var text = new StringBuilder(Title(model, mode)).Append("\n\n");
        if (!string.IsNullOrWhiteSpace(parameter.Description))
        {
            text.Append(parameter.Description).Append("\n\n");
        }

        var rows = new List<IReadOnlyList<ScreenButton>>();
        session.Parameters.TryGetValue(parameter.Name, out var current);
        if (ParameterText.IsChoice(parameter))
        {
            text.Append(texts.ChooseValue(name));
            AddChoices(texts, parameter, parameterKey, current ?? ParameterText.DefaultOf(parameter), page, rows);
        }
        else if (ParameterText.IsFile(parameter))
        {
            text.Append(texts.SendFile(name)).Append('\n').Append(texts.AllowedLine(ParameterText.Allowed(parameter, texts)));
            if (parameter.Type == KieParameterType.UrlList)
            {
                var count = (current as JsonArray)?.Count ?? 0;
                if (count > 0)
                {
                    text.Append('\n').Append(texts.FilesSoFar(count, parameter.MaxItems));
                    var row = new List<ScreenButton>(2);
                    if (count >= (parameter.MinItems ?? 1))
                    {
                        row.Add(ScreenButton.Callback(texts.ButtonDone, MenuCallbacks.Done(parameterKey)));
                    }

                    row.Add(ScreenButton.Callback(texts.ButtonClear, MenuCallbacks.Clear(parameterKey)));
                    rows.Add(row);
                }
            }
            else if (current is not null)
            {
                text.Append('\n').Append(texts.CurrentLine(texts.OneFile));
            }
        }
        else
        {
            text.Append(texts.SendValue(name)).Append('\n').Append(texts.AllowedLine(ParameterText.Allowed(parameter, texts)));
            if (current is not null || parameter.Default is not null)
            {
                text.Append('\n').Append(texts.CurrentLine(ValueOf(texts, parameter, session)));
            }
        }

        if (!parameter.Required || parameter.Default is not null)
        {
            rows.Add([ScreenButton.Callback(texts.ButtonSkip, MenuCallbacks.Skip(parameterKey))]);
        }

        rows.Add(MenuLayout.BackAndCancel(texts, MenuCallbacks.Parameters));
        return new Screen(text.ToString(), rows);
    }

    /// <summary>Whether a parameter still needs a value before the price can be shown.</summary>
    /// <param name="parameter">The parameter.</param>
    /// <param name="session">The session.</param>
    /// <returns>True when required, without default, and unset.</returns>
    public static bool IsMissing(KieModelParameter parameter, MenuSession session) =>
        parameter.Required && parameter.Default is null && !session.Parameters.ContainsKey(parameter.Name);

    /// <summary>The first parameter that still needs a value, in the mode's order.</summary>
    /// <param name="mode">The mode.</param>
    /// <param name="session">The session.</param>
    /// <returns>The parameter, or null when everything required is set.</returns>
    public static KieModelParameter? FirstMissing(KieModelMode mode, MenuSession session)
    {
        foreach (var parameter in mode.Parameters)
        {
            if (IsMissing(parameter, session))
            {
                return parameter;
            }
        }

        return null;
    }

    /// <summary>A parameter's value as shown: the chosen one, else the default (marked), else unset.</summary>
    /// <param name="texts">The user's texts.</param>
    /// <param name="parameter">The parameter.</param>
    /// <param name="session">The session.</param>
    /// <returns>The text.</returns>
    public static string ValueOf(BotTexts texts, KieModelParameter parameter, MenuSession session)
    {
        if (session.Parameters.TryGetValue(parameter.Name, out var value) && value is not null)
        {
            return ParameterText.Display(parameter, value, texts);
        }

        return ParameterText.DefaultOf(parameter) is { } fallback
            ? ParameterText.Display(parameter, fallback, texts) + texts.DefaultSuffix
            : texts.NotSet;
    }

    private void AddChoices(BotTexts texts, KieModelParameter parameter, string parameterKey, JsonNode? current, int page, List<IReadOnlyList<ScreenButton>> rows)
    {
        var values = ParameterText.ChoiceValues(parameter);
        var (start, length, currentPage, pages) = MenuLayout.Page(values.Count, page, ValuesPerPage);
        var chosen = ParameterText.Scalar(current);
        var buttons = new ScreenButton[length];
        var longest = 0;
        for (var index = 0; index < length; index++)
        {
            var value = values[start + index];
            var label = HomeScreens.Mark(chosen is not null && SameValue(parameter, chosen, value), ParameterText.ChoiceLabel(parameter, value, texts));
            longest = Math.Max(longest, label.Length);
            buttons[index] = ScreenButton.Callback(label, MenuCallbacks.SetParameter(parameterKey, _keys.KeyFor(CallbackKeyKind.Value, value)));
        }

        rows.AddRange(MenuLayout.Rows(buttons, MenuLayout.PerRow(longest)));
        if (MenuLayout.PagingRow(texts, currentPage, pages, target => MenuCallbacks.ParameterPage(parameterKey, target)) is { } paging)
        {
            rows.Add(paging);
        }
    }

    /// <summary>Whether a stored value is a declared choice (numbers compare by value: <c>0.50</c> is <c>0.5</c>).</summary>
    /// <param name="parameter">The parameter.</param>
    /// <param name="stored">The stored value's text.</param>
    /// <param name="declared">The declared choice.</param>
    /// <returns>True when equal.</returns>
    public static bool SameValue(KieModelParameter parameter, string stored, string declared)
    {
        if (parameter.Type is KieParameterType.Integer or KieParameterType.Number
            && decimal.TryParse(stored, NumberStyles.Float, CultureInfo.InvariantCulture, out var left)
            && decimal.TryParse(declared, NumberStyles.Float, CultureInfo.InvariantCulture, out var right))
        {
            return left == right;
        }

        return string.Equals(stored, declared, StringComparison.OrdinalIgnoreCase);
    }
}
