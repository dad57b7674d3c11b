using System.Diagnostics.CodeAnalysis;
using Kie.Sdk.Catalog;

namespace Kie.Samples.TelegramBot.Catalog;

/// <summary>The catalog format's category codes (<c>image</c>, <c>video</c>, …), which an admin may choose for a synced model.</summary>
public static class CategoryCodes
{
    /// <summary>The categories a model can be sold in, in menu order.</summary>
    public static IReadOnlyList<KieModelCategory> Choosable { get; } =
        [KieModelCategory.Image, KieModelCategory.Video, KieModelCategory.Audio, KieModelCategory.Speech, KieModelCategory.Tools];

    /// <summary>The code of a category, as the catalog JSON writes it.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The code.</returns>
    public static string Code(KieModelCategory category) => category switch
    {
        KieModelCategory.Image => "image",
        KieModelCategory.Video => "video",
        KieModelCategory.Audio => "audio",
        KieModelCategory.Speech => "speech",
        KieModelCategory.Tools => "tools",
        _ => "unknown",
    };

    /// <summary>Reads a choosable category code (case-insensitive); <c>unknown</c> is not one.</summary>
    /// <param name="code">The code.</param>
    /// <param name="category">The category when read.</param>
    /// <returns><see langword="true"/> when <paramref name="code"/> names a choosable category.</returns>
    public static bool TryParse([NotNullWhen(true)] string? code, out KieModelCategory category)
    {
        foreach (var candidate in Choosable)
        {
            if (string.Equals(Code(candidate), code?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                category = candidate;
                return true;
            }
        }

        category = KieModelCategory.Unknown;
        return false;
    }
}
