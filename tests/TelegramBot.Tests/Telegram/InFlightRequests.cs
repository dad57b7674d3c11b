namespace Kie.Samples.TelegramBot.Tests.Telegram;

/// <summary>
/// Counts HTTP requests in flight through the handlers it creates, so a test driving a fake clock never jumps time
/// while real I/O runs: the client's attempt timeouts live on the fake clock and would cut the request off.
/// </summary>
internal sealed class InFlightRequests
{
    private readonly object _gate = new();
    private int _count;
    private int _total;
    private TaskCompletionSource _idle = Completed();

    /// <summary>How many requests went through so far.</summary>
    public int Total => Volatile.Read(ref _total);

    /// <summary>Completes when no request is in flight; fails the test after 15 s of real time.</summary>
    /// <returns>A task that completes when idle.</returns>
    public Task WhenIdleAsync()
    {
        lock (_gate)
        {
            return _idle.Task.WaitAsync(TimeSpan.FromSeconds(15));
        }
    }

    /// <summary>
    /// Runs <paramref name="action"/> (a clock jump) only while no request is in flight; a request starting meanwhile
    /// waits for it, so it cannot be overtaken by a jump past its own timeout.
    /// </summary>
    /// <param name="action">What to run.</param>
    /// <returns>Whether it ran.</returns>
    public bool RunIfIdle(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        lock (_gate)
        {
            if (_count > 0)
            {
                return false;
            }

            action();
            return true;
        }
    }

    /// <summary>A handler to put outermost in an HTTP client's pipeline (before retry and timeout handlers start their timers).</summary>
    /// <returns>The handler.</returns>
    public DelegatingHandler CreateHandler() => new Counting(this);

    private static TaskCompletionSource Completed()
    {
        var source = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        source.SetResult();
        return source;
    }

    private void Enter()
    {
        lock (_gate)
        {
            _total++;
            if (_count++ == 0)
            {
                _idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
    }

    private void Leave()
    {
        lock (_gate)
        {
            if (--_count == 0)
            {
                _idle.TrySetResult();
            }
        }
    }

    private sealed class Counting(InFlightRequests owner) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            owner.Enter();
            try
            {
                var response = await base.SendAsync(request, cancellationToken);
                if (response.Content is { } content)
                {
                    // The body is real I/O too: read it before the clock may move.
                    await content.LoadIntoBufferAsync(cancellationToken);
                }

                return response;
            }
            finally
            {
                owner.Leave();
            }
        }
    }
}
