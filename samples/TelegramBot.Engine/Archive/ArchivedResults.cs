using System.Globalization;

namespace Kie.Samples.TelegramBot.Archive;

/// <summary>Reads archived copies: the recorded row says which store and key; a copy gone from its store reads as none.</summary>
public sealed class ArchivedResults : IArchivedResults
{
    private readonly ArchiveRecords _records;
    private readonly ArchiveStores _stores;

    /// <summary>Creates the reader.</summary>
    /// <param name="records">The archive's table.</param>
    /// <param name="stores">The stores.</param>
    public ArchivedResults(ArchiveRecords records, ArchiveStores stores)
    {
        _records = records;
        _stores = stores;
    }

    /// <inheritdoc />
    public async Task<ArchivedContent?> OpenAsync(string orderId, int index, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(orderId);
        var record = await _records.FindAsync(orderId, index, cancellationToken).ConfigureAwait(false);
        if (record is not { IsArchived: true, Key: { } key } || _stores.Find(record.Store) is not { } store)
        {
            return null;
        }

        var stored = await store.OpenAsync(key, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return null;
        }

        var name = string.Create(CultureInfo.InvariantCulture, $"{orderId}-{index + 1}.{ArchiveKeys.ExtensionOf(key)}");
        return new ArchivedContent(stored.Content, name, stored.Length ?? record.Size);
    }
}
