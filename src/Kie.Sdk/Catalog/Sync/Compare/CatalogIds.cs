using System.Text;

namespace Kie.Sdk.Catalog;

/// <summary>Catalog ids for discovered models, and the catalog family a new API id most likely belongs to.</summary>
internal static class CatalogIds
{
    /// <summary>
    /// A catalog id from an API id, in the catalog's id alphabet (<c>[a-z0-9.-]</c>, starting with a letter or digit):
    /// <c>kling/v3-turbo</c> → <c>kling-v3-turbo</c>; made unique against <paramref name="taken"/>, which it joins.
    /// </summary>
    public static string Suggest(string apiModel, HashSet<string> taken)
    {
        var text = new StringBuilder(apiModel.Length);
        foreach (var character in apiModel.Trim().ToLowerInvariant())
        {
            var keep = char.IsAsciiLetterOrDigit(character) || character == '.' ? character : '-';
            if (keep == '-' && (text.Length == 0 || text[^1] == '-'))
            {
                continue;
            }

            text.Append(keep);
        }

        var stem = text.ToString().Trim('-', '.');
        if (stem.Length == 0)
        {
            stem = "model";
        }

        var id = stem;
        for (var suffix = 2; !taken.Add(id); suffix++)
        {
            id = $"{stem}-{suffix}";
        }

        return id;
    }

    /// <summary>
    /// The catalog model whose API ids share the longest prefix (cut at a <c>/</c>, <c>-</c> or <c>.</c>) with
    /// <paramref name="apiModel"/>, when exactly one has that longest prefix and it covers at least the id's first segment.
    /// </summary>
    public static string? LikelyFamily(string apiModel, IReadOnlyList<KieModelInfo> models)
    {
        var best = 0;
        var winners = new List<string>();
        foreach (var model in models)
        {
            var score = model.Modes.Max(mode => SharedPrefix(apiModel, mode.ApiModel));
            if (score > best)
            {
                best = score;
                winners.Clear();
                winners.Add(model.Id);
            }
            else if (score == best && score > 0)
            {
                winners.Add(model.Id);
            }
        }

        var slash = apiModel.IndexOf('/', StringComparison.Ordinal);
        var minimum = slash >= 0 ? slash + 1 : 1;
        return winners.Count == 1 && best >= minimum ? winners[0] : null;
    }

    /// <summary>The length of the common prefix, cut back to just after its last separator.</summary>
    private static int SharedPrefix(string left, string right)
    {
        var length = 0;
        while (length < left.Length && length < right.Length && left[length] == right[length])
        {
            length++;
        }

        if (length == left.Length && length == right.Length)
        {
            return length;
        }

        while (length > 0 && left[length - 1] is not ('/' or '-' or '.'))
        {
            length--;
        }

        return length;
    }
}
