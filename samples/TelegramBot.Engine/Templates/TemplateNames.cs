using System.Globalization;
using System.Text;

namespace Kie.Samples.TelegramBot.Templates;

/// <summary>The rules for a template's name: 1–40 characters of visible text, spaces collapsed, not a command.</summary>
internal static class TemplateNames
{
    /// <summary>The longest name.</summary>
    public const int MaxLength = BuiltInTemplates.MaxNameLength;

    /// <summary>Why a name is refused.</summary>
    internal enum Problem
    {
        /// <summary>Nothing visible.</summary>
        Empty,

        /// <summary>Longer than <see cref="MaxLength"/>.</summary>
        TooLong,

        /// <summary>Starts with '/' (it would read as a command) or holds control characters.</summary>
        NotText,
    }

    /// <summary>Cleans a typed name and checks it.</summary>
    /// <param name="typed">What the user typed.</param>
    /// <param name="name">The clean name, when accepted.</param>
    /// <param name="problem">Why not, otherwise.</param>
    /// <returns>Whether the name is acceptable.</returns>
    public static bool TryNormalize(string? typed, out string name, out Problem problem)
    {
        name = string.Join(' ', (typed ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        problem = default;
        if (name.Length == 0)
        {
            problem = Problem.Empty;
            return false;
        }

        if (name[0] == '/' || name.Any(char.IsControl))
        {
            problem = Problem.NotText;
            return false;
        }

        if (new StringInfo(name).LengthInTextElements > MaxLength)
        {
            problem = Problem.TooLong;
            return false;
        }

        return true;
    }

    /// <summary>The key two names share when they count as the same (case and Unicode form folded).</summary>
    /// <param name="name">A clean name.</param>
    /// <returns>The key.</returns>
    public static string Key(string name) => name.Normalize(NormalizationForm.FormKC).ToUpperInvariant();
}
