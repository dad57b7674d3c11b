namespace Kie.Samples.TelegramBot.Orders;

/// <summary>What a KIE callback turned out to be.</summary>
public enum KieCallbackResult
{
    /// <summary>About a task an order waits for: its waiter was told to look (answer 200).</summary>
    Accepted,

    /// <summary>Valid, but about no order of ours, or nothing to act on (answer 200, so KIE stops resending).</summary>
    Ignored,

    /// <summary>The signature is missing, wrong or stale while a secret is configured (answer 401).</summary>
    Unauthorized,

    /// <summary>The body is not a callback (answer 400).</summary>
    Malformed,
}

/// <summary>The outcome of <see cref="KieCallbackReceiver.HandleAsync"/>, for the HTTP endpoint to answer with.</summary>
/// <param name="Result">What the callback was.</param>
/// <param name="Reason">A sentence for logs (never a secret).</param>
/// <param name="TaskId">The task it named, when readable.</param>
/// <param name="OrderId">The order waiting for that task, when there is one.</param>
public sealed record KieCallbackOutcome(KieCallbackResult Result, string Reason, string? TaskId = null, string? OrderId = null)
{
    /// <summary>The HTTP status to answer: 401 unauthorized, 400 malformed, 200 otherwise.</summary>
    public int StatusCode => Result switch
    {
        KieCallbackResult.Unauthorized => 401,
        KieCallbackResult.Malformed => 400,
        _ => 200,
    };
}
