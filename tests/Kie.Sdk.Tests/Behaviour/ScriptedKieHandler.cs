using System.Net;
using System.Text;

namespace Kie.Sdk.Tests.Behaviour;

/// <summary>One answer of the scripted server.</summary>
internal delegate Task<HttpResponseMessage> KieAnswer(HttpRequestMessage request, CancellationToken cancellationToken);

/// <summary>A request the scripted server received, with the fake time it arrived at.</summary>
internal sealed record RecordedRequest(string Method, string Path, string Query, string? Body, TimeSpan At);

/// <summary>
/// A tiny scripted KIE server: per path, a queue of canned answers (the last one may repeat) and a record of every
/// request with its fake arrival time. A request nobody scripted fails the test loudly.
/// </summary>
internal sealed class ScriptedKieHandler(TestClock clock) : HttpMessageHandler
{
    public const string CreateTask = "/api/v1/jobs/createTask";
    public const string RecordInfo = "/api/v1/jobs/recordInfo";

    private readonly object _gate = new();
    private readonly Dictionary<string, Queue<KieAnswer>> _queues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KieAnswer> _always = new(StringComparer.Ordinal);
    private readonly List<RecordedRequest> _requests = [];

    /// <summary>Answers for the next requests to <paramref name="path"/>, in order.</summary>
    public ScriptedKieHandler Then(string path, params KieAnswer[] answers)
    {
        lock (_gate)
        {
            if (!_queues.TryGetValue(path, out var queue))
            {
                _queues[path] = queue = new Queue<KieAnswer>();
            }

            foreach (var answer in answers)
            {
                queue.Enqueue(answer);
            }
        }

        return this;
    }

    /// <summary>The answer for <paramref name="path"/> once its queue is empty.</summary>
    public ScriptedKieHandler Always(string path, KieAnswer answer)
    {
        lock (_gate)
        {
            _always[path] = answer;
        }

        return this;
    }

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _requests.Count;
            }
        }
    }

    public IReadOnlyList<RecordedRequest> To(string path) => [.. Requests.Where(request => request.Path == path)];

    /// <summary>The fake arrival times of the requests to a path, in seconds.</summary>
    public double[] SecondsOf(string path) => [.. To(path).Select(request => request.At.TotalSeconds)];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var path = request.RequestUri!.AbsolutePath;
        KieAnswer? answer;
        lock (_gate)
        {
            _requests.Add(new RecordedRequest(request.Method.Method, path, request.RequestUri.Query, body, clock.Elapsed));
            answer = _queues.TryGetValue(path, out var queue) && queue.TryDequeue(out var next) ? next : _always.GetValueOrDefault(path);
        }

        if (answer is null)
        {
            throw new InvalidOperationException($"The test scripted no answer for {request.Method} {path} (request {Count}).");
        }

        return await answer(request, cancellationToken);
    }
}

/// <summary>Canned KIE answers.</summary>
internal static class Kie
{
    /// <summary>Any HTTP status and body.</summary>
    public static KieAnswer Http(int status, string body = "") => (_, _) => Task.FromResult(new HttpResponseMessage((HttpStatusCode)status)
    {
        Content = new StringContent(body, Encoding.UTF8, "application/json"),
    });

    /// <summary>KIE's envelope on the given HTTP status.</summary>
    public static KieAnswer Envelope(int code, string msg, string data = "null", int httpStatus = 200) =>
        Http(httpStatus, $$"""{"code":{{code}},"msg":{{Quote(msg)}},"data":{{data}}}""");

    /// <summary>A createTask success.</summary>
    public static KieAnswer Created(string taskId) => Envelope(200, "success", $$"""{"taskId":{{Quote(taskId)}}}""");

    /// <summary>A recordInfo success with a task record.</summary>
    public static KieAnswer Record(string taskId, string state, string model = "google/nano-banana", string extra = "") =>
        Envelope(200, "success", RecordJson(taskId, state, model, extra));

    /// <summary>A finished task with one result URL.</summary>
    public static KieAnswer Succeeded(string taskId, string model = "google/nano-banana") =>
        Record(taskId, "success", model, ""","resultJson":"{\"resultUrls\":[\"https://tempfile.aiquickdraw.com/i/r.png\"]}" """);

    /// <summary>recordInfo for an id KIE does not know (yet).</summary>
    public static KieAnswer NotFound() => Envelope(422, "recordInfo is null");

    /// <summary>The transport fails.</summary>
    public static KieAnswer Throw(Exception exception) => (_, _) => Task.FromException<HttpResponseMessage>(exception);

    /// <summary>Holds the answer until <paramref name="gate"/> completes (or the request is cancelled).</summary>
    public static KieAnswer After(Task gate, KieAnswer answer) => async (request, cancellationToken) =>
    {
        await gate.WaitAsync(cancellationToken);
        return await answer(request, cancellationToken);
    };

    /// <summary>Runs <paramref name="sideEffect"/> while the request is being served, then answers.</summary>
    public static KieAnswer While(Action sideEffect, KieAnswer answer) => (request, cancellationToken) =>
    {
        sideEffect();
        return answer(request, cancellationToken);
    };

    public static string RecordJson(string taskId, string state, string model = "google/nano-banana", string extra = "") =>
        $$"""{"taskId":{{Quote(taskId)}},"model":{{Quote(model)}},"state":{{Quote(state)}},"param":"{}","createTime":1786432746000,"updateTime":1786432746000{{extra}}}""";

    public static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
