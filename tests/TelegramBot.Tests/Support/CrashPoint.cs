using Kie.Samples.TelegramBot.Orders;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Tests.Support;

/// <summary>
/// Stops the order pipeline at one <see cref="OrderCheckpoint"/> in the first engine only: the pipeline waits there until
/// the engine is torn down (<see cref="BotHarness.RestartAsync"/> cancels it), as if the process had died at that point.
/// </summary>
internal sealed class CrashPoint
{
    private readonly OrderCheckpoint _at;
    private readonly OrderCheckpoints _hooks;
    private int _armed = 1;

    public CrashPoint(OrderCheckpoint at)
    {
        _at = at;
        _hooks = new OrderCheckpoints { OnReached = OnReachedAsync };
    }

    /// <summary>Completes with the order id when the pipeline reached the checkpoint.</summary>
    public TaskCompletionSource<string> Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Makes the engine call this hook.</summary>
    public void Register(IServiceCollection services) => services.AddSingleton(_hooks);

    /// <summary>Lets later engines pass the checkpoint (call before restarting).</summary>
    public void Disarm() => Volatile.Write(ref _armed, 0);

    private async Task OnReachedAsync(OrderCheckpoint checkpoint, string orderId, CancellationToken cancellationToken)
    {
        if (checkpoint != _at || Volatile.Read(ref _armed) == 0)
        {
            return;
        }

        Reached.TrySetResult(orderId);
        await Task.Delay(Timeout.Infinite, cancellationToken);
    }
}
