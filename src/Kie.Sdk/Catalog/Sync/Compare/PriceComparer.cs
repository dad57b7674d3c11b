namespace Kie.Sdk.Catalog;

/// <summary>
/// Compares KIE's price text for an API id with the catalog's prices for the modes that send it. A change is reported
/// when KIE's text names an amount the catalog's rules cannot produce, or when the catalog has no price at all; a text
/// without amounts becomes a note, shown with the local price, because it cannot be compared.
/// </summary>
internal static class PriceComparer
{
    public static void Compare(
        string apiModel,
        IReadOnlyList<(KieModelInfo Model, KieModelMode Mode)> sharing,
        string remoteText,
        List<CatalogPriceChange> changes,
        List<CatalogSyncNote> notes)
    {
        var modes = sharing.Select(pair => pair.Mode).ToList();
        var localText = LocalText(modes);
        var rules = string.Join(" | ", modes.Select(mode => PriceRendering.Render(mode.Pricing)).Distinct(StringComparer.Ordinal));
        var remoteCredits = PriceAmounts.Remote(remoteText);
        if (remoteCredits.Count == 0)
        {
            notes.Add(new CatalogSyncNote
            {
                ApiModel = apiModel,
                ModelId = sharing[0].Model.Id,
                Message = $"KIE's price text names no credit amount, so it was not compared. KIE: \"{remoteText}\"; local: \"{localText ?? rules}\".",
            });
            return;
        }

        var localCredits = PriceAmounts.Local(modes);
        var unmatched = remoteCredits.Except(localCredits).ToList();
        if (unmatched.Count == 0)
        {
            return;
        }

        changes.Add(new CatalogPriceChange
        {
            ApiModel = apiModel,
            ModelId = sharing[0].Model.Id,
            ModeIds = [.. modes.Select(mode => mode.Id)],
            LocalText = localText,
            LocalRules = rules,
            RemoteText = remoteText,
            LocalCredits = localCredits,
            RemoteCredits = remoteCredits,
            UnmatchedCredits = unmatched.AsReadOnly(),
        });
    }

    private static string? LocalText(IReadOnlyList<KieModelMode> modes)
    {
        var texts = modes.Select(mode => mode.Pricing.PriceText ?? (mode.Pricing.IsKnown ? PriceRendering.Render(mode.Pricing) : null))
            .Where(text => text is not null).Distinct(StringComparer.Ordinal).ToList();
        return texts.Count == 0 ? null : string.Join(" | ", texts);
    }
}
