using System.Collections.Concurrent;

namespace Kie.Sdk;

/// <summary>
/// Runs a submission at most once per idempotency key: concurrent callers with one key share one request, and a key
/// that already produced a task returns its id without a request.
/// </summary>
internal sealed class IdempotentSubmitter(IKieIdempotencyStore store)
{
    private readonly ConcurrentDictionary<string, Task<string>> _inFlight = new(StringComparer.Ordinal);

    /// <summary>The store behind this submitter.</summary>
    public IKieIdempotencyStore Store => store;

    /// <summary>Returns the task id for <paramref name="key"/>, submitting only when no earlier submission exists.</summary>
    /// <param name="key">The idempotency key.</param>
    /// <param name="submit">Sends the request; reports through the progress object whether the request left the process.</param>
    /// <param name="onReplay">Called when an earlier submission's task id is returned.</param>
    /// <param name="cancellationToken">Cancels this caller's wait.</param>
    public async Task<string> RunAsync(string key, Func<SubmissionProgress, CancellationToken, Task<string>> submit, Action<string>? onReplay, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (_inFlight.TryGetValue(key, out var running))
            {
                return await running.WaitAsync(cancellationToken).ConfigureAwait(false);
            }

            var completion = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            if (!_inFlight.TryAdd(key, completion.Task))
            {
                continue;
            }

            // Nobody may be waiting on the shared task; observe its failure so it is not reported as unobserved.
            _ = completion.Task.ContinueWith(static task => task.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            try
            {
                var taskId = await SubmitOnceAsync(key, submit, onReplay, cancellationToken).ConfigureAwait(false);
                completion.SetResult(taskId);
                return taskId;
            }
            catch (Exception exception)
            {
                completion.TrySetException(exception);
                throw;
            }
            finally
            {
                _inFlight.TryRemove(new KeyValuePair<string, Task<string>>(key, completion.Task));
            }
        }
    }

    private async Task<string> SubmitOnceAsync(string key, Func<SubmissionProgress, CancellationToken, Task<string>> submit, Action<string>? onReplay, CancellationToken cancellationToken)
    {
        var entry = await store.TryBeginAsync(key, cancellationToken).ConfigureAwait(false);
        if (entry.TaskId is { } existing)
        {
            onReplay?.Invoke(existing);
            return existing;
        }

        if (!entry.IsClaimedByCaller)
        {
            throw new KieSubmissionUnknownException(
                KieErrorDetails.None,
                $"An earlier submission with idempotency key '{key}' has an unknown outcome (it timed out or lost its connection after sending), so submitting again could pay twice. Check the task in your KIE dashboard or callbacks, then release the key in your IKieIdempotencyStore.");
        }

        var progress = new SubmissionProgress();
        string taskId;
        try
        {
            taskId = await submit(progress, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (!progress.Sent || exception is KieApiException and not KieSubmissionUnknownException)
        {
            // Nothing left the process, or KIE definitely refused it: the key may be used again.
            await store.AbandonAsync(key, CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        await store.CompleteAsync(key, taskId, CancellationToken.None).ConfigureAwait(false);
        return taskId;
    }
}

/// <summary>Whether a submission's request has left the process (after which its outcome may be unknown).</summary>
internal sealed class SubmissionProgress
{
    /// <summary>Set just before the request is handed to the HTTP stack.</summary>
    public bool Sent { get; set; }
}
