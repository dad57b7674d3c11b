using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Kie.Samples.TelegramBot.Orders;

/// <summary>
/// The hand-over from update handlers to the <see cref="OrderWorker"/>: order ids in a channel, plus the set of orders
/// this process is working on. An order is claimed before its row is committed, so the start-up sweep (which settles
/// orders an earlier process left behind) can never take one that is being placed right now.
/// </summary>
public sealed class OrderQueue
{
    private readonly Channel<string> _channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<string, byte> _claimed = new(StringComparer.Ordinal);

    /// <summary>How many orders this process is working on (queued, running or waiting for a retry).</summary>
    public int Claimed => _claimed.Count;

    /// <summary>The worker's end of the channel.</summary>
    internal ChannelReader<string> Reader => _channel.Reader;

    /// <summary>Claims an order for this process.</summary>
    /// <param name="orderId">The order.</param>
    /// <returns>False when it was claimed already.</returns>
    public bool TryClaim(string orderId) => _claimed.TryAdd(orderId, 0);

    /// <summary>Gives up the claim (the order left the worker).</summary>
    /// <param name="orderId">The order.</param>
    public void Unclaim(string orderId) => _claimed.TryRemove(orderId, out _);

    /// <summary>Hands a claimed order to the worker.</summary>
    /// <param name="orderId">The order.</param>
    public void Enqueue(string orderId) => _channel.Writer.TryWrite(orderId);
}
