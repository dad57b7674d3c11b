using System.Globalization;

namespace Kie.Samples.TelegramBot.Archive;

/// <summary>
/// Archive keys: <c>&lt;orderId&gt;/&lt;index&gt;.&lt;ext&gt;</c>, built only from characters that are safe as file
/// names and object keys everywhere, so nothing in a provider's URL can steer where a file is written.
/// </summary>
public static class ArchiveKeys
{
    /// <summary>The key of one result file.</summary>
    /// <param name="orderId">The order (letters, digits, '-' and '_' only).</param>
    /// <param name="index">The file's index among the order's results.</param>
    /// <param name="url">The result URL (its extension is kept when it is a plain one).</param>
    /// <returns>For example <c>7K2M9QX4TD/0.png</c>.</returns>
    /// <exception cref="ArgumentException">The order id has other characters, or the index is negative.</exception>
    public static string For(string orderId, int index, Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (string.IsNullOrEmpty(orderId) || !orderId.All(IsSafeNameChar) || orderId.Length > 64)
        {
            throw new ArgumentException("An order id for the archive must be 1–64 letters, digits, '-' or '_'.", nameof(orderId));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return string.Create(CultureInfo.InvariantCulture, $"{orderId}/{index}.{ExtensionOf(url)}");
    }

    /// <summary>The extension of a key (without the dot), or <c>bin</c>.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The extension.</returns>
    public static string ExtensionOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var dot = key.LastIndexOf('.');
        return dot >= 0 && dot > key.LastIndexOf('/') && dot < key.Length - 1 ? key[(dot + 1)..] : "bin";
    }

    /// <summary>Whether a key is well formed: segments of safe characters, none empty or starting with a dot.</summary>
    /// <param name="key">The key.</param>
    /// <returns>True when it may be used as a relative file path and an object key.</returns>
    public static bool IsSafe(string? key) =>
        !string.IsNullOrEmpty(key) && key.Length <= 512 &&
        key.Split('/').All(segment => segment.Length > 0 && segment[0] != '.' && segment.All(c => IsSafeNameChar(c) || c == '.'));

    private static string ExtensionOf(Uri url)
    {
        var path = url.IsAbsoluteUri ? url.AbsolutePath : url.OriginalString;
        var extension = Path.GetExtension(path).TrimStart('.').ToLowerInvariant();
        return extension.Length is >= 1 and <= 5 && extension.All(char.IsAsciiLetterOrDigit) ? extension : "bin";
    }

    private static bool IsSafeNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_';
}
