using System.Net;
using System.Text;

namespace Kie.Sdk.Tests.Pricing;

/// <summary>
/// A createTask endpoint for budget tests: counts requests, answers each with the next scripted body (a task id by
/// default), and can hold every request until released so concurrent creates are really in flight together.
/// </summary>
internal sealed class BudgetHandler : HttpMessageHandler
{
    private readonly Queue<string> _bodies = new();
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _count;

    public BudgetHandler(bool holdRequests = false)
    {
        if (!holdRequests)
        {
            _release.SetResult();
        }
    }

    public int Count => Volatile.Read(ref _count);

    /// <summary>Answers the next request with this envelope instead of a task id.</summary>
    public BudgetHandler ThenAnswer(string body)
    {
        lock (_bodies)
        {
            _bodies.Enqueue(body);
        }

        return this;
    }

    /// <summary>Lets held requests complete.</summary>
    public void Release() => _release.TrySetResult();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var number = Interlocked.Increment(ref _count);
        await _release.Task.WaitAsync(cancellationToken);
        string? body;
        lock (_bodies)
        {
            _bodies.TryDequeue(out body);
        }

        return new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent(body ?? $$$"""{"code":200,"msg":"success","data":{"taskId":"task-{{{number}}}"}}""", Encoding.UTF8, "application/json"),
        };
    }
}
