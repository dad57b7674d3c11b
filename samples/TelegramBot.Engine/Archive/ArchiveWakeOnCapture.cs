using Kie.Samples.TelegramBot.Orders;
using Microsoft.Data.Sqlite;

namespace Kie.Samples.TelegramBot.Archive;

/// <summary>Wakes the archive worker when an order is captured: its results are stored and worth copying now.</summary>
internal sealed class ArchiveWakeOnCapture(ArchiveSignal signal) : IOrderCapturedObserver
{
    /// <inheritdoc />
    public Task OnCapturedAsync(SqliteConnection connection, SqliteTransaction transaction, CapturedOrder order)
    {
        // The results were committed long before the capture, so the worker may look at once.
        signal.Wake();
        return Task.CompletedTask;
    }
}
