namespace Kie.Samples.TelegramBot.Conversation;

/// <summary>
/// The callback-data vocabulary shared by the features. Menu data follows the plan's pattern (<c>category:&lt;cat&gt;</c>,
/// <c>model:&lt;key&gt;</c>, <c>mode:&lt;key&gt;:&lt;mode&gt;</c>, <c>param_input:&lt;name&gt;</c>,
/// <c>set_param:&lt;name&gt;:&lt;value&gt;</c>, <c>show_price_confirmation</c>) with short keys resolved from the database;
/// every value fits Telegram's 64-byte limit.
/// </summary>
public static class CallbackData
{
    /// <summary>The main menu.</summary>
    public const string MainMenu = "menu:main";

    /// <summary>Start choosing a generation (categories).</summary>
    public const string Generate = "menu:generate";

    /// <summary>Help.</summary>
    public const string Help = "menu:help";

    /// <summary>Balance and top-up packs.</summary>
    public const string Balance = "balance";

    /// <summary>Top-up packs; <c>topup:&lt;pack&gt;</c> sends that pack's invoice.</summary>
    public const string TopUp = "topup";

    /// <summary>Prefix of a top-up pack button: <c>topup:&lt;stars&gt;</c> sends the invoice of the pack priced at that many Stars.</summary>
    public const string TopUpPackPrefix = "topup:";

    /// <summary>History: the newest page of the user's generations.</summary>
    public const string History = "history";

    /// <summary>Prefix of history's buttons: <c>hist:&lt;action&gt;:&lt;orderId&gt;[:&lt;arg&gt;]</c> (see History/HistoryCallbacks).</summary>
    public const string HistoryPrefix = "hist:";

    /// <summary>The templates list.</summary>
    public const string Templates = "templates";

    /// <summary>Prefix of the templates' buttons: <c>tpl:&lt;action&gt;:&lt;templateId&gt;</c>.</summary>
    public const string TemplatesPrefix = "tpl:";

    /// <summary>Prefix of a Retry button after a failed order: <c>retry:&lt;orderId&gt;</c>.</summary>
    public const string RetryPrefix = "retry:";

    /// <summary>Prefix of "send the original file": <c>original:&lt;orderId&gt;:&lt;index&gt;</c>.</summary>
    public const string OriginalPrefix = "original:";

    /// <summary>Prefix of a language switch: <c>lang:en</c>, <c>lang:ru</c>.</summary>
    public const string LanguagePrefix = "lang:";

    /// <summary>Telegram's limit on callback data, in UTF-8 bytes.</summary>
    public const int MaxBytes = 64;
}
