using System.Diagnostics.CodeAnalysis;

namespace Kie.Samples.TelegramBot.Catalog;

/// <summary>
/// The catalog feature's callback data: <c>csync:&lt;key&gt;:&lt;action&gt;</c>, where the key is a synced model's short
/// key (model ids can be long) and the action is <c>v</c> (card), <c>c.&lt;category&gt;</c>, <c>p</c> (price how-to),
/// <c>on</c> or <c>off</c>. At most 6 + 10 + 1 + 8 = 25 bytes.
/// </summary>
public static class CatalogCallbacks
{
    /// <summary>The prefix every catalog button's data starts with.</summary>
    public const string Prefix = "csync:";

    /// <summary>Shows a model's card.</summary>
    public const string View = "v";

    /// <summary>Asks for a price.</summary>
    public const string Price = "p";

    /// <summary>Enables a model.</summary>
    public const string Enable = "on";

    /// <summary>Disables a model.</summary>
    public const string Disable = "off";

    /// <summary>The start of a category action (<c>c.video</c>).</summary>
    public const string CategoryPrefix = "c.";

    /// <summary>The data of a button.</summary>
    /// <param name="key">The model's short key.</param>
    /// <param name="action">The action.</param>
    /// <returns>The data.</returns>
    public static string For(string key, string action) => Prefix + key + ":" + action;

    /// <summary>Reads a button's data.</summary>
    /// <param name="data">The data.</param>
    /// <param name="key">The model's short key.</param>
    /// <param name="action">The action.</param>
    /// <returns><see langword="true"/> when the data is a catalog button's.</returns>
    public static bool TryParse(string? data, [NotNullWhen(true)] out string? key, [NotNullWhen(true)] out string? action)
    {
        key = null;
        action = null;
        if (data is null || !data.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var parts = data[Prefix.Length..].Split(':');
        if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            return false;
        }

        (key, action) = (parts[0], parts[1]);
        return true;
    }
}
