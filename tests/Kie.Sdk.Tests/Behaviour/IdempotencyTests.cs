using System.Collections.Concurrent;
using System.Net.Http;
using static Kie.Sdk.Tests.Behaviour.ScriptedKieHandler;

namespace Kie.Sdk.Tests.Behaviour;

/// <summary><see cref="CreateTaskRequest.IdempotencyKey"/>: one paid task per key.</summary>
public sealed class IdempotencyTests
{
    private static CreateTaskRequest Keyed(string key) => new("google/nano-banana") { IdempotencyKey = key };

    [Fact]
    public async Task The_same_key_submitted_twice_sends_one_request_and_returns_the_same_task_id()
    {
        using var kie = new Harness();
        kie.Server.Then(CreateTask, Kie.Created("t-1"), Kie.Created("t-2"));

        var first = await kie.Client.CreateTaskAsync(Keyed("order-1"));
        var second = await kie.Client.CreateTaskAsync(Keyed("order-1"));
        var other = await kie.Client.CreateTaskAsync(Keyed("order-2"));

        Assert.Equal("t-1", first);
        Assert.Equal("t-1", second);
        Assert.Equal("t-2", other);
        Assert.Equal(2, kie.Server.Count);
    }

    [Fact]
    public async Task Requests_without_a_key_are_never_deduplicated()
    {
        using var kie = new Harness();
        kie.Server.Then(CreateTask, Kie.Created("t-1"), Kie.Created("t-2"));

        Assert.Equal("t-1", await kie.Client.CreateTaskAsync(new CreateTaskRequest("google/nano-banana")));
        Assert.Equal("t-2", await kie.Client.CreateTaskAsync(new CreateTaskRequest("google/nano-banana")));
        Assert.Equal(2, kie.Server.Count);
    }

    [Fact]
    public async Task Ten_concurrent_submissions_with_one_key_send_exactly_one_request()
    {
        using var kie = new Harness();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        kie.Server.Then(CreateTask, Kie.After(release.Task, Kie.Created("t-1")));
        kie.Server.Always(CreateTask, Kie.Created("t-duplicate"));

        var submissions = Enumerable.Range(0, 10).Select(_ => Task.Run(() => kie.Client.CreateTaskAsync(Keyed("order-1")))).ToArray();
        await kie.Clock.SettleAsync(() => kie.Server.Count == 1, "the first request");
        await TestClock.QuietAsync();
        Assert.DoesNotContain(submissions, task => task.IsCompleted);
        release.SetResult();

        var ids = await Task.WhenAll(submissions);

        Assert.All(ids, id => Assert.Equal("t-1", id));
        Assert.Equal(1, kie.Server.Count);
    }

    [Fact]
    public async Task Concurrent_submissions_share_a_definite_refusal_and_the_key_is_released()
    {
        using var kie = new Harness();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        kie.Server.Then(CreateTask, Kie.After(release.Task, Kie.Envelope(422, "prompt is required")), Kie.Created("t-2"));

        var submissions = Enumerable.Range(0, 5).Select(_ => kie.Client.CreateTaskAsync(Keyed("order-1"))).ToArray();
        await kie.Clock.SettleAsync(() => kie.Server.Count == 1, "the first request");
        release.SetResult();

        foreach (var submission in submissions)
        {
            await Assert.ThrowsAsync<KieValidationException>(() => submission);
        }

        Assert.Equal(1, kie.Server.Count);
        Assert.Equal("t-2", await kie.Client.CreateTaskAsync(Keyed("order-1")));
        Assert.Equal(2, kie.Server.Count);
    }

    [Theory]
    [InlineData(422, "prompt is required", typeof(KieValidationException))]
    [InlineData(402, "The current credits are insufficient. Please top up.", typeof(KieInsufficientCreditsException))]
    [InlineData(401, "You do not have access permissions", typeof(KieAuthenticationException))]
    public async Task A_definite_refusal_releases_the_key_so_a_retry_sends_again(int code, string message, Type expected)
    {
        using var kie = new Harness();
        kie.Server.Then(CreateTask, Kie.Envelope(code, message), Kie.Created("t-2"));

        var error = await Assert.ThrowsAnyAsync<KieApiException>(() => kie.Client.CreateTaskAsync(Keyed("order-1")));
        Assert.IsType(expected, error);
        Assert.Equal(code, error.KieCode);

        Assert.Equal("t-2", await kie.Client.CreateTaskAsync(Keyed("order-1")));
        Assert.Equal(2, kie.Server.Count);
    }

    public static TheoryData<string> UnknownOutcomes => ["http500", "code500", "reset", "no-task-id"];

    [Theory]
    [MemberData(nameof(UnknownOutcomes))]
    public async Task An_unknown_outcome_keeps_the_key_pending_and_later_submissions_fail_without_a_request(string outcome)
    {
        using var kie = new Harness();
        kie.Server.Then(CreateTask, outcome switch
        {
            "http500" => Kie.Http(500),
            "code500" => Kie.Envelope(500, "internal error"),
            "reset" => Kie.Throw(new HttpRequestException("connection reset", null, System.Net.HttpStatusCode.OK)),
            _ => Kie.Envelope(200, "success", "{}"),
        });
        kie.Server.Always(CreateTask, Kie.Created("t-duplicate"));

        await Assert.ThrowsAsync<KieSubmissionUnknownException>(() => kie.Client.CreateTaskAsync(Keyed("order-1")));
        var again = await Assert.ThrowsAsync<KieSubmissionUnknownException>(() => kie.Client.CreateTaskAsync(Keyed("order-1")));

        Assert.Contains("order-1", again.Message, StringComparison.Ordinal);
        Assert.Equal(1, kie.Server.Count);
        Assert.Equal("t-duplicate", await kie.Client.CreateTaskAsync(Keyed("order-2")));
    }

    [Fact]
    public async Task A_connection_that_failed_before_sending_releases_the_key()
    {
        using var kie = new Harness();
        kie.Server.Then(CreateTask, Kie.Throw(new HttpRequestException(HttpRequestError.ConnectionError, "connection refused")), Kie.Created("t-2"));

        var error = await Assert.ThrowsAsync<KieApiException>(() => kie.Client.CreateTaskAsync(Keyed("order-1")));
        Assert.True(error.IsTransient);

        Assert.Equal("t-2", await kie.Client.CreateTaskAsync(Keyed("order-1")));
        Assert.Equal(2, kie.Server.Count);
    }

    [Fact]
    public async Task A_custom_store_on_the_options_is_used()
    {
        var store = new RecordingStore();
        store.Seed("order-old", "t-old");
        using var kie = new Harness(options => options.IdempotencyStore = store);
        kie.Server.Then(CreateTask, Kie.Created("t-new"), Kie.Envelope(422, "bad input"));

        Assert.Equal("t-old", await kie.Client.CreateTaskAsync(Keyed("order-old")));
        Assert.Equal(0, kie.Server.Count);
        Assert.Equal("t-new", await kie.Client.CreateTaskAsync(Keyed("order-new")));
        await Assert.ThrowsAsync<KieValidationException>(() => kie.Client.CreateTaskAsync(Keyed("order-bad")));

        Assert.Equal(
            ["begin order-old", "begin order-new", "complete order-new t-new", "begin order-bad", "abandon order-bad"],
            store.Calls);
    }

    [Fact]
    public async Task The_in_memory_store_forgets_the_oldest_key_beyond_its_capacity()
    {
        var store = new InMemoryKieIdempotencyStore(capacity: 2);
        Assert.Equal(2, store.Capacity);

        Assert.True((await store.TryBeginAsync("a")).IsClaimedByCaller);
        await store.CompleteAsync("a", "t-a");
        Assert.True((await store.TryBeginAsync("b")).IsClaimedByCaller);
        await store.CompleteAsync("b", "t-b");
        Assert.Equal(KieIdempotencyEntry.Completed("t-a"), await store.TryBeginAsync("a"));
        Assert.True((await store.TryBeginAsync("c")).IsClaimedByCaller);

        Assert.Equal(KieIdempotencyEntry.Completed("t-b"), await store.TryBeginAsync("b"));
        Assert.Equal(KieIdempotencyEntry.Pending, await store.TryBeginAsync("c"));
        Assert.Equal(KieIdempotencyEntry.Claimed, await store.TryBeginAsync("a"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new InMemoryKieIdempotencyStore(0));
    }

    [Fact]
    public async Task The_in_memory_store_releases_only_pending_keys()
    {
        var store = new InMemoryKieIdempotencyStore();
        await store.TryBeginAsync("done");
        await store.CompleteAsync("done", "t-1");
        await store.TryBeginAsync("pending");

        await store.AbandonAsync("done");
        await store.AbandonAsync("pending");

        Assert.Equal(KieIdempotencyEntry.Completed("t-1"), await store.TryBeginAsync("done"));
        Assert.Equal(KieIdempotencyEntry.Claimed, await store.TryBeginAsync("pending"));
    }

    private sealed class RecordingStore : IKieIdempotencyStore
    {
        private readonly ConcurrentDictionary<string, string?> _entries = new();
        private readonly ConcurrentQueue<string> _calls = new();

        public IReadOnlyList<string> Calls => [.. _calls];

        public void Seed(string key, string taskId) => _entries[key] = taskId;

        public ValueTask<KieIdempotencyEntry> TryBeginAsync(string key, CancellationToken cancellationToken = default)
        {
            _calls.Enqueue($"begin {key}");
            if (_entries.TryAdd(key, null))
            {
                return ValueTask.FromResult(KieIdempotencyEntry.Claimed);
            }

            return ValueTask.FromResult(_entries[key] is { } taskId ? KieIdempotencyEntry.Completed(taskId) : KieIdempotencyEntry.Pending);
        }

        public ValueTask CompleteAsync(string key, string taskId, CancellationToken cancellationToken = default)
        {
            _calls.Enqueue($"complete {key} {taskId}");
            _entries[key] = taskId;
            return ValueTask.CompletedTask;
        }

        public ValueTask AbandonAsync(string key, CancellationToken cancellationToken = default)
        {
            _calls.Enqueue($"abandon {key}");
            _entries.TryRemove(key, out _);
            return ValueTask.CompletedTask;
        }
    }
}
