using Kie.Samples.TelegramBot.Hosting;

namespace Kie.Samples.TelegramBot.Delivery;

/// <summary>
/// Wakes the outbox dispatcher when there may be something new to send (a message was queued, a chat finished), and
/// tells other background work whether results are being sent right now, so it can yield to them.
/// </summary>
public sealed class OutboxSignal : WakeSignal
{
    private int _sending;

    /// <summary>How many chats the dispatcher is sending to right now.</summary>
    public int ChatsSending => Volatile.Read(ref _sending);

    /// <summary>The dispatcher started sending to a chat.</summary>
    internal void SendingStarted() => Interlocked.Increment(ref _sending);

    /// <summary>The dispatcher is done with a chat for now.</summary>
    internal void SendingEnded() => Interlocked.Decrement(ref _sending);
}
