using Kie.Sdk.Catalog;

namespace Kie.Samples.TelegramBot.Catalog;

/// <summary>What a synced model's card shows.</summary>
/// <param name="ModelId">The catalog id.</param>
/// <param name="DisplayName">The display name.</param>
/// <param name="ApiModel">The API model id.</param>
/// <param name="Enabled">Whether it is on sale.</param>
/// <param name="Category">Its category, when supplied.</param>
/// <param name="Credits">Its credits per generation, when supplied.</param>
/// <param name="UserPrice">What a user pays for one generation now (formatted), when priced.</param>
/// <param name="KiePriceText">KIE's price text, when the sync read one.</param>
/// <param name="Missing">What it still lacks.</param>
public sealed record SyncedModelCard(
    string ModelId,
    string DisplayName,
    string ApiModel,
    bool Enabled,
    KieModelCategory? Category,
    decimal? Credits,
    string? UserPrice,
    string? KiePriceText,
    IReadOnlyList<SyncedModelField> Missing);
