using Kie.Samples.TelegramBot.Hosting;

namespace Kie.Samples.TelegramBot.Delivery;

/// <summary>Wakes the outbox dispatcher when there may be something new to send (a message was queued, a chat finished).</summary>
public sealed class OutboxSignal : WakeSignal;
