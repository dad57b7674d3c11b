namespace Kie.Sdk.Catalog;

/// <summary>Finds the ids nearest to a mistyped one, so an error can say what was probably meant.</summary>
internal static class ClosestIds
{
    /// <summary>The candidates closest to <paramref name="text"/> by Levenshtein distance (case-insensitive), best first.</summary>
    public static IReadOnlyList<string> Find(string text, IEnumerable<string> candidates, int count)
    {
        var wanted = text.Trim().ToLowerInvariant();
        return candidates
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(candidate => (Id: candidate, Score: Score(wanted, candidate.ToLowerInvariant())))
            .OrderBy(pair => pair.Score)
            .ThenBy(pair => pair.Id, StringComparer.Ordinal)
            .Take(count)
            .Select(pair => pair.Id)
            .ToArray();
    }

    /// <summary>
    /// Edit distance, lowered when one id contains the other: "kling" should suggest "kling-2.6" before "ling",
    /// although plain distance ranks the short one first.
    /// </summary>
    private static int Score(string wanted, string candidate)
    {
        var distance = Distance(wanted, candidate);
        return wanted.Length > 0 && (candidate.Contains(wanted, StringComparison.Ordinal) || wanted.Contains(candidate, StringComparison.Ordinal))
            ? Math.Min(distance, 1 + Math.Abs(candidate.Length - wanted.Length) / 4)
            : distance;
    }

    /// <summary>The Levenshtein distance: insertions, deletions and substitutions, each costing 1.</summary>
    internal static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
