using Kie.Sdk.Catalog;

namespace Kie.Samples.TelegramBot.Catalog;

/// <summary>A model a catalog sync found and persisted, with what an admin supplied since.</summary>
/// <param name="ModelId">The catalog id the override gives it.</param>
/// <param name="ApiModel">The API model id KIE lists.</param>
/// <param name="Key">The short key standing for the model in callback data.</param>
/// <param name="BaseJson">The model's override object as the SDK wrote it (disabled, category <c>unknown</c>, no price).</param>
/// <param name="Category">The category an admin chose, or <see langword="null"/> while missing.</param>
/// <param name="Credits">The KIE credits per generation an admin set, or <see langword="null"/> while missing.</param>
/// <param name="Enabled">Whether users can order it.</param>
/// <param name="CreatedAt">When the sync found it.</param>
public sealed record SyncedModel(
    string ModelId,
    string ApiModel,
    string Key,
    string BaseJson,
    KieModelCategory? Category,
    decimal? Credits,
    bool Enabled,
    DateTimeOffset CreatedAt)
{
    /// <summary>What the model still lacks before it can be enabled.</summary>
    public IReadOnlyList<SyncedModelField> Missing =>
        [.. new[] { Category is null ? SyncedModelField.Category : (SyncedModelField?)null, Credits is null ? SyncedModelField.Price : null }.OfType<SyncedModelField>()];
}

/// <summary>Something an admin supplies for a synced model.</summary>
public enum SyncedModelField
{
    /// <summary>Its category (image, video, audio, speech, tools).</summary>
    Category,

    /// <summary>Its price in KIE credits per generation.</summary>
    Price,
}
