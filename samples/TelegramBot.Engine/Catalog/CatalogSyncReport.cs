using Kie.Sdk.Catalog;

namespace Kie.Samples.TelegramBot.Catalog;

/// <summary>What one catalog sync found and did.</summary>
/// <param name="Diff">The SDK's comparison of the live catalog with the remote source.</param>
/// <param name="Added">The new models stored by this sync (disabled).</param>
/// <param name="Pending">Every stored model still disabled (this sync's and earlier ones).</param>
/// <param name="Signature">
/// A hash of what the diff says, independent of when it ran and of whether new models were already stored: equal
/// signatures mean there is nothing new to tell admins.
/// </param>
public sealed record CatalogSyncReport(CatalogDiff Diff, IReadOnlyList<SyncedModel> Added, IReadOnlyList<SyncedModel> Pending, string Signature)
{
    /// <summary>Whether admins have anything to look at: a change, or a model waiting for them.</summary>
    public bool IsWorthTelling => Diff.HasChanges || Pending.Count > 0;
}
