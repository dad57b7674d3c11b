using System.Globalization;
using Kie.Samples.TelegramBot.Conversation;

namespace Kie.Samples.TelegramBot.Menus;

/// <summary>What a menu button asks for.</summary>
internal enum MenuActionKind
{
    /// <summary>Not menu data.</summary>
    None,

    /// <summary><c>menu:main</c>.</summary>
    MainMenu,

    /// <summary><c>menu:generate</c>: the categories.</summary>
    Generate,

    /// <summary><c>menu:help</c>.</summary>
    Help,

    /// <summary><c>history</c>.</summary>
    History,

    /// <summary><c>menu:language</c>: the language choice.</summary>
    LanguageMenu,

    /// <summary><c>lang:&lt;code&gt;</c>.</summary>
    SetLanguage,

    /// <summary><c>menu:cancel</c>.</summary>
    Cancel,

    /// <summary><c>category:&lt;cat&gt;</c>.</summary>
    Category,

    /// <summary><c>models:&lt;cat&gt;:&lt;page&gt;</c>.</summary>
    ModelsPage,

    /// <summary><c>model:&lt;key&gt;</c>.</summary>
    Model,

    /// <summary><c>mode:&lt;key&gt;:&lt;mode&gt;</c>.</summary>
    Mode,

    /// <summary><c>params</c>: the parameter overview (Back from a parameter, Edit from the summary).</summary>
    Parameters,

    /// <summary><c>param_input:&lt;name&gt;</c>: one parameter's question.</summary>
    ParameterInput,

    /// <summary><c>param_page:&lt;name&gt;:&lt;page&gt;</c>: more values of a long list.</summary>
    ParameterPage,

    /// <summary><c>set_param:&lt;name&gt;:&lt;value&gt;</c>.</summary>
    SetParameter,

    /// <summary><c>skip:&lt;name&gt;</c>: leave an optional parameter unset (its default applies).</summary>
    Skip,

    /// <summary><c>done:&lt;name&gt;</c>: finish a list of files.</summary>
    Done,

    /// <summary><c>clear:&lt;name&gt;</c>: empty a list of files.</summary>
    Clear,

    /// <summary><c>show_price_confirmation</c>.</summary>
    ShowPriceConfirmation,

    /// <summary><c>tier:&lt;tier&gt;</c>: switch to another speed tier on the summary.</summary>
    Tier,

    /// <summary><c>confirm:&lt;draftId&gt;</c>.</summary>
    Confirm,
}

/// <summary>A parsed menu button: what it asks for and its (still unresolved) arguments.</summary>
/// <param name="Kind">The action.</param>
/// <param name="First">The first argument (a key, code or id), if any.</param>
/// <param name="Second">The second argument, if any.</param>
/// <param name="Page">The page, for paging actions.</param>
internal readonly record struct MenuAction(MenuActionKind Kind, string? First = null, string? Second = null, int Page = 0);

/// <summary>
/// The menus' callback data: the plan's patterns (<c>category:&lt;cat&gt;</c>, <c>model:&lt;key&gt;</c>,
/// <c>mode:&lt;key&gt;:&lt;mode&gt;</c>, <c>param_input:&lt;name&gt;</c>, <c>set_param:&lt;name&gt;:&lt;value&gt;</c>,
/// <c>show_price_confirmation</c>) with every catalog value replaced by a 10-character key from
/// <see cref="CallbackKeyStore"/>, so the longest datum is 32 bytes whatever the catalog holds.
/// </summary>
internal static class MenuCallbacks
{
    /// <summary>Back to the parameter overview.</summary>
    public const string Parameters = "params";

    /// <summary>The summary with the price.</summary>
    public const string ShowPriceConfirmation = "show_price_confirmation";

    /// <summary>Cancel from any menu.</summary>
    public const string Cancel = "menu:cancel";

    /// <summary>The language choice.</summary>
    public const string LanguageMenu = "menu:language";

    /// <summary><c>category:&lt;cat&gt;</c>.</summary>
    /// <param name="categoryCode">The category code.</param>
    /// <returns>The data.</returns>
    public static string Category(string categoryCode) => "category:" + categoryCode;

    /// <summary><c>models:&lt;cat&gt;:&lt;page&gt;</c>.</summary>
    /// <param name="categoryCode">The category code.</param>
    /// <param name="page">The page, from 0.</param>
    /// <returns>The data.</returns>
    public static string ModelsPage(string categoryCode, int page) => string.Create(CultureInfo.InvariantCulture, $"models:{categoryCode}:{page}");

    /// <summary><c>model:&lt;key&gt;</c>.</summary>
    /// <param name="modelKey">The model's key.</param>
    /// <returns>The data.</returns>
    public static string Model(string modelKey) => "model:" + modelKey;

    /// <summary><c>mode:&lt;key&gt;:&lt;mode&gt;</c>.</summary>
    /// <param name="modelKey">The model's key.</param>
    /// <param name="modeKey">The mode's key.</param>
    /// <returns>The data.</returns>
    public static string Mode(string modelKey, string modeKey) => "mode:" + modelKey + ":" + modeKey;

    /// <summary><c>param_input:&lt;name&gt;</c>.</summary>
    /// <param name="parameterKey">The parameter's key.</param>
    /// <returns>The data.</returns>
    public static string ParameterInput(string parameterKey) => "param_input:" + parameterKey;

    /// <summary><c>param_page:&lt;name&gt;:&lt;page&gt;</c>.</summary>
    /// <param name="parameterKey">The parameter's key.</param>
    /// <param name="page">The page, from 0.</param>
    /// <returns>The data.</returns>
    public static string ParameterPage(string parameterKey, int page) => string.Create(CultureInfo.InvariantCulture, $"param_page:{parameterKey}:{page}");

    /// <summary><c>set_param:&lt;name&gt;:&lt;value&gt;</c>.</summary>
    /// <param name="parameterKey">The parameter's key.</param>
    /// <param name="valueKey">The value's key.</param>
    /// <returns>The data.</returns>
    public static string SetParameter(string parameterKey, string valueKey) => "set_param:" + parameterKey + ":" + valueKey;

    /// <summary><c>skip:&lt;name&gt;</c>.</summary>
    /// <param name="parameterKey">The parameter's key.</param>
    /// <returns>The data.</returns>
    public static string Skip(string parameterKey) => "skip:" + parameterKey;

    /// <summary><c>done:&lt;name&gt;</c>.</summary>
    /// <param name="parameterKey">The parameter's key.</param>
    /// <returns>The data.</returns>
    public static string Done(string parameterKey) => "done:" + parameterKey;

    /// <summary><c>clear:&lt;name&gt;</c>.</summary>
    /// <param name="parameterKey">The parameter's key.</param>
    /// <returns>The data.</returns>
    public static string Clear(string parameterKey) => "clear:" + parameterKey;

    /// <summary><c>tier:&lt;tier&gt;</c>.</summary>
    /// <param name="tierKey">The tier's key.</param>
    /// <returns>The data.</returns>
    public static string Tier(string tierKey) => "tier:" + tierKey;

    /// <summary><c>confirm:&lt;draftId&gt;</c>.</summary>
    /// <param name="draftId">The confirmation screen's id.</param>
    /// <returns>The data.</returns>
    public static string Confirm(string draftId) => "confirm:" + draftId;

    /// <summary>Reads callback data; <see cref="MenuActionKind.None"/> for data that is not the menus'.</summary>
    /// <param name="data">The data.</param>
    /// <returns>The action (arguments unresolved).</returns>
    public static MenuAction Parse(string data)
    {
        ArgumentNullException.ThrowIfNull(data);
        switch (data)
        {
            case CallbackData.MainMenu:
                return new(MenuActionKind.MainMenu);
            case CallbackData.Generate:
                return new(MenuActionKind.Generate);
            case CallbackData.Help:
                return new(MenuActionKind.Help);
            case CallbackData.History:
                return new(MenuActionKind.History);
            case LanguageMenu:
                return new(MenuActionKind.LanguageMenu);
            case Cancel:
                return new(MenuActionKind.Cancel);
            case Parameters:
                return new(MenuActionKind.Parameters);
            case ShowPriceConfirmation:
                return new(MenuActionKind.ShowPriceConfirmation);
        }

        var colon = data.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return default;
        }

        var rest = data[(colon + 1)..];
        return data[..(colon + 1)] switch
        {
            CallbackData.LanguagePrefix => One(MenuActionKind.SetLanguage, rest),
            "category:" => One(MenuActionKind.Category, rest),
            "models:" => Paged(MenuActionKind.ModelsPage, rest),
            "model:" => One(MenuActionKind.Model, rest),
            "mode:" => Two(MenuActionKind.Mode, rest),
            "param_input:" => One(MenuActionKind.ParameterInput, rest),
            "param_page:" => Paged(MenuActionKind.ParameterPage, rest),
            "set_param:" => Two(MenuActionKind.SetParameter, rest),
            "skip:" => One(MenuActionKind.Skip, rest),
            "done:" => One(MenuActionKind.Done, rest),
            "clear:" => One(MenuActionKind.Clear, rest),
            "tier:" => One(MenuActionKind.Tier, rest),
            "confirm:" => One(MenuActionKind.Confirm, rest),
            _ => default,
        };
    }

    private static MenuAction One(MenuActionKind kind, string argument) =>
        argument.Length == 0 || argument.Contains(':', StringComparison.Ordinal) ? default : new(kind, argument);

    private static MenuAction Two(MenuActionKind kind, string arguments)
    {
        var colon = arguments.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == arguments.Length - 1 || arguments.IndexOf(':', colon + 1) >= 0)
        {
            return default;
        }

        return new(kind, arguments[..colon], arguments[(colon + 1)..]);
    }

    private static MenuAction Paged(MenuActionKind kind, string arguments)
    {
        var two = Two(kind, arguments);
        return two.Kind != MenuActionKind.None && int.TryParse(two.Second, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page < 10_000
            ? two with { Page = page }
            : default;
    }
}
