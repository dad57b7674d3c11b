using System.Text;

namespace Kie.Sdk;

/// <summary>
/// Makes upload file names unique: KIE's upload host overwrites a file with the same name and its CDN may keep serving
/// the old bytes, so a reused name can hand a model yesterday's picture.
/// </summary>
internal static class UploadFileNames
{
    /// <summary>The name's safe stem (letters, digits, '-', '_'; at most 40 characters), a unique suffix, and its extension.</summary>
    public static string MakeUnique(string? fileName)
    {
        var name = Path.GetFileName(fileName ?? string.Empty);
        var extension = Path.GetExtension(name);
        if (extension.Length > 10 || !extension.Skip(1).All(char.IsAsciiLetterOrDigit))
        {
            extension = string.Empty;
        }

        var stem = new StringBuilder();
        foreach (var character in Path.GetFileNameWithoutExtension(name))
        {
            if (stem.Length == 40)
            {
                break;
            }

            stem.Append(char.IsAsciiLetterOrDigit(character) || character is '-' or '_' ? character : '-');
        }

        var safeStem = stem.Length == 0 ? "file" : stem.ToString();
        return $"{safeStem}-{Guid.NewGuid():N}{extension.ToLowerInvariant()}";
    }

    /// <summary>The file name at the end of a URL's path, or <see langword="null"/>.</summary>
    public static string? FromUrl(Uri url) => url.Segments is { Length: > 0 } segments && Uri.UnescapeDataString(segments[^1]) is { Length: > 0 } last && last != "/" ? last : null;
}
