using System.Globalization;
using System.Text;

namespace Kie.Sdk.Catalog;

/// <summary>Writes a <see cref="CatalogDiff"/> as a plain-text report: summary first, then one section per kind of change.</summary>
internal static class DiffTextWriter
{
    public static string Write(CatalogDiff diff)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Catalog sync against {diff.Source} at {diff.ComparedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC").AppendLine();
        text.Append(CultureInfo.InvariantCulture, $"Local catalog: {diff.LocalModelCount} models. Remote: {diff.RemoteModelCount} API models{(diff.RemoteIsComplete ? string.Empty : " (filtered listing)")}.").AppendLine();
        text.AppendLine(diff.HasChanges ? Summary(diff) : "No changes.");

        Section(text, "Models added (come in disabled, without a price, until reviewed)", diff.ModelsAdded, added =>
        {
            var listing = added.Remote.Listing;
            var line = $"+ {added.ApiModel}";
            line += listing.Title is { } title ? $" \"{title}\"" : string.Empty;
            line += Bracket(string.Join("; ", new[] { listing.Provider, string.Join(", ", listing.TaskTypes) }.Where(part => !string.IsNullOrEmpty(part))));
            line += $" → catalog id '{added.SuggestedId}'";
            line += added.LikelyFamily is { } family ? $", looks like a variant of '{family}'" : string.Empty;
            return added.Remote.PricingDescription is { } price ? $"{line}{Environment.NewLine}    KIE price: {price}" : line;
        });
        Section(text, "Models removed (no longer listed)", diff.ModelsRemoved, removed =>
            $"- {removed.ModelId} \"{removed.DisplayName}\" ({string.Join(", ", removed.ApiModels)}){(removed.Enabled ? " — still enabled locally" : string.Empty)}");
        Section(text, "Modes added (task types no local mode covers)", diff.ModesAdded, mode =>
            $"+ {mode.ModelId} ({mode.ApiModel}): \"{mode.TaskType}\"");
        Section(text, "Modes removed (API id no longer listed)", diff.ModesRemoved, mode =>
            $"- {mode.ModelId}/{mode.ModeId} ({mode.ApiModel}){(mode.Enabled == true ? " — still enabled locally" : string.Empty)}");
        Section(text, "Parameters added", diff.ParametersAdded, change => $"+ {Where(change)} {Quoted(change.Parameter)}: {change.Remote}");
        Section(text, "Parameters removed", diff.ParametersRemoved, change =>
            $"- {Where(change)} {Quoted(change.Parameter)}: {change.Local}{(change.Note is { } note ? $" ({note})" : string.Empty)}");
        Section(text, "Parameters changed", diff.ParametersChanged, change =>
            $"~ {Where(change)} {Quoted(change.Parameter)} {Aspect(change.Aspect)}: local {change.Local} → KIE {change.Remote}{(change.Note is { } note ? $" ({note})" : string.Empty)}");
        Section(text, "Price texts changed (review; nothing is re-priced automatically)", diff.PriceTextsChanged, price =>
            $"~ {price.ModelId} [{string.Join(", ", price.ModeIds)}] ({price.ApiModel}){Environment.NewLine}" +
            $"    local: {price.LocalText ?? "no price"}{(price.LocalText != price.LocalRules && price.LocalRules != "no price" ? $" (rules: {price.LocalRules})" : string.Empty)}{Environment.NewLine}" +
            $"    KIE:   {price.RemoteText}{Environment.NewLine}" +
            $"    amounts KIE names that no local rule gives: {string.Join(", ", price.UnmatchedCredits.Select(ValueText.Canonical))}");
        Section(text, "Health warnings (recent success rate below the threshold)", diff.HealthWarnings, warning =>
            $"! {warning.ApiModel}{(warning.ModelId is { } id ? $" ({id})" : string.Empty)}: {Percent(warning.Summary.RecentSuccessRate)} recent success, threshold {Percent(warning.Summary.DegradedBelow)}");
        Section(text, "Notes", diff.Notes, note => $"* {(note.ApiModel is { } api ? api + ": " : string.Empty)}{note.Message}");
        return text.ToString();
    }

    private static string Summary(CatalogDiff diff)
    {
        var parts = new[]
        {
            Count(diff.ModelsAdded.Count, "model added", "models added"),
            Count(diff.ModelsRemoved.Count, "model removed", "models removed"),
            Count(diff.ModesAdded.Count, "mode added", "modes added"),
            Count(diff.ModesRemoved.Count, "mode removed", "modes removed"),
            Count(diff.ParametersAdded.Count, "parameter added", "parameters added"),
            Count(diff.ParametersRemoved.Count, "parameter removed", "parameters removed"),
            Count(diff.ParametersChanged.Count, "parameter change", "parameter changes"),
            Count(diff.PriceTextsChanged.Count, "price text changed", "price texts changed"),
        };
        return "Changes: " + string.Join(", ", parts.Where(part => part is not null)) + ".";
    }

    private static string? Count(int count, string one, string many) => count switch
    {
        0 => null,
        1 => $"1 {one}",
        _ => string.Create(CultureInfo.InvariantCulture, $"{count} {many}"),
    };

    private static void Section<T>(StringBuilder text, string title, IReadOnlyList<T> items, Func<T, string> line)
    {
        if (items.Count == 0)
        {
            return;
        }

        text.AppendLine().Append(title).AppendLine(":");
        foreach (var item in items)
        {
            text.Append("  ").AppendLine(line(item));
        }
    }

    // Written by hand: the invariant culture's percent format puts a space before the sign.
    private static string Percent(decimal? rate) => rate is { } value ? (value * 100m).ToString("0.#", CultureInfo.InvariantCulture) + "%" : "unknown";

    private static string Where(CatalogParameterChange change) => $"{change.ModelId} [{string.Join(", ", change.ModeIds)}] ({change.ApiModel})";

    // Quotes make a trailing space in a key visible.
    private static string Quoted(string name) => $"'{name}'";

    private static string Bracket(string text) => text.Length == 0 ? string.Empty : $" ({text})";

    private static string Aspect(CatalogParameterAspect aspect) => aspect switch
    {
        CatalogParameterAspect.AllowedValues => "allowed values",
        _ => aspect.ToString().ToLowerInvariant(),
    };
}
