using Kie.Samples.TelegramBot.Hosting;

namespace Kie.Samples.TelegramBot.Archive;

/// <summary>Wakes the archive worker when there may be new results (an order was captured, a copy finished).</summary>
public sealed class ArchiveSignal : WakeSignal;
