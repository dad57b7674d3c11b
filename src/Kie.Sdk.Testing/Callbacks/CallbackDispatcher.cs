using System.Collections.Concurrent;
using Kie.Sdk.Testing.Tasks;

namespace Kie.Sdk.Testing.Callbacks;

/// <summary>
/// Delivers finished tasks' callbacks to the handler. The first attempt starts on the caller's thread (the timer
/// callback that a fake clock's Advance runs), so a handler that completes synchronously has run when Advance returns.
/// Failures are counted and retried at once, up to <see cref="MaxAttempts"/> in all, as KIE stops after 3.
/// </summary>
internal sealed class CallbackDispatcher(KieSimulatorOptions options, TimeProvider time)
{
    public const int MaxAttempts = 3;

    /// <summary>KIE waits 15 s for a callback endpoint to answer.</summary>
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(15);

    private readonly ConcurrentDictionary<long, Task> _inFlight = new();
    private long _nextDelivery;
    private int _failures;

    public int Failures => Volatile.Read(ref _failures);

    public void Deliver(KieSimulatorTask task)
    {
        if (task.CallbackUrl is null || options.CallbackHandler is not { } handler)
        {
            return;
        }

        var delivery = DeliverAsync(task, task.CallbackUrl, handler);
        if (delivery.IsCompleted)
        {
            return;
        }

        var id = Interlocked.Increment(ref _nextDelivery);
        _inFlight[id] = delivery;
        delivery.ContinueWith(
            _ => _inFlight.TryRemove(id, out Task? _),
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    public async Task WaitForIdleAsync(CancellationToken cancellationToken)
    {
        while (!_inFlight.IsEmpty)
        {
            await Task.WhenAll(_inFlight.Values).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task DeliverAsync(KieSimulatorTask task, Uri callbackUrl, Func<KieSimulatorCallback, CancellationToken, Task> handler)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var now = time.GetUtcNow();
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Content-Type"] = "application/json" };
            if (options.CallbackSecret is { Length: > 0 } secret)
            {
                var (timestamp, signature) = KieCallback.Sign(task.TaskId, now, secret);
                headers[KieCallback.TimestampHeader] = timestamp;
                headers[KieCallback.SignatureHeader] = signature;
            }

            var callback = new KieSimulatorCallback(callbackUrl, TaskRecordWriter.CallbackBody(task, now), headers, task.TaskId);
            task.CountCallbackAttempt();
            using var timeout = new CancellationTokenSource(AttemptTimeout, time);
            try
            {
                await handler(callback, timeout.Token).ConfigureAwait(false);
                task.MarkCallbackDelivered();
                return;
            }
            catch (Exception)
            {
                // The endpoint failed (threw, or gave up at the 15 s limit); KIE just tries again.
                Interlocked.Increment(ref _failures);
            }
        }
    }
}
