using Kie.Sdk.Tests.Catalog;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Kie.Sdk.Tests.Pricing;

/// <summary>
/// The client's credit caps: a create over <see cref="KieClientOptions.MaxCreditsPerTask"/> or
/// <see cref="KieClientOptions.MaxCreditsPerDay"/> is refused before any HTTP request; the day is the client clock's
/// UTC day; concurrent creates cannot together overdraw the day.
/// </summary>
public sealed class BudgetGuardTests : IDisposable
{
    private readonly List<IDisposable> _owned = [];

    [Fact]
    public async Task A_task_over_the_per_task_cap_is_refused_without_any_request()
    {
        var (client, handler, _) = Client(perTask: 200m);

        var error = await Assert.ThrowsAsync<KieBudgetExceededException>(() => client.CreateTaskAsync(Kling(seconds: 10, sound: true)));

        Assert.Equal(0, handler.Count);
        Assert.Equal((KieBudgetLimit.PerTask, 200m, (decimal?)220m, (decimal?)null, "kling-2.6/text-to-video"), (error.Limit, error.MaxCredits, error.EstimatedCredits, error.SpentCredits, error.Model));
        Assert.Equal("Task for model 'kling-2.6/text-to-video' refused: estimated at 220 credits, over Kie:MaxCreditsPerTask of 200 credits; nothing was sent.", error.Message);
        Assert.False(error.IsTransient);
        Assert.IsAssignableFrom<KieApiException>(error);
    }

    [Fact]
    public async Task A_task_at_or_under_the_per_task_cap_is_sent()
    {
        var (client, handler, _) = Client(perTask: 220m);

        Assert.Equal("task-1", await client.CreateTaskAsync(Kling(seconds: 10, sound: true)));
        Assert.Equal("task-2", await client.CreateTaskAsync(Kling(seconds: 5, sound: false)));

        Assert.Equal(2, handler.Count);
    }

    [Fact]
    public async Task Defaults_count_towards_the_estimate()
    {
        // The client leaves defaults to KIE, but KIE charges for them: a default duration of 10 s is priced as such.
        var catalog = CatalogFixture.Embedded.WithOverride(CatalogFixture.Stream("""
            {"models":[{"id":"wan-2.5","modes":[{"id":"text-to-video","parameters":[{"name":"duration","default":"10"}]}]}]}
            """));
        var (client, handler, _) = Client(perTask: 150m, catalog: catalog);
        var request = new CreateTaskRequest("wan/2-5-text-to-video");
        request.Input.Set("prompt", "a").Set("aspect_ratio", "16:9").Set("resolution", "1080p");

        var error = await Assert.ThrowsAsync<KieBudgetExceededException>(() => client.CreateTaskAsync(request));

        Assert.Equal(0, handler.Count);
        Assert.Equal(200m, error.EstimatedCredits);
    }

    [Fact]
    public async Task A_catalogued_input_without_a_known_price_is_refused_when_a_cap_is_set()
    {
        var (client, handler, _) = Client(perTask: 1000m);
        var request = new CreateTaskRequest("bytedance/seedream-v4-text-to-image");
        request.Input.Set("prompt", "a");

        var error = await Assert.ThrowsAsync<KieBudgetExceededException>(() => client.CreateTaskAsync(request));

        Assert.Equal(0, handler.Count);
        Assert.Null(error.EstimatedCredits);
        Assert.Equal("Task for model 'bytedance/seedream-v4-text-to-image' refused: no price is known for its input, so Kie:MaxCreditsPerTask (1000 credits) cannot be enforced; nothing was sent.", error.Message);
    }

    [Fact]
    public async Task A_model_not_in_the_catalog_passes_unchecked()
    {
        var (client, handler, _) = Client(perTask: 1m, perDay: 1m);
        var request = new CreateTaskRequest("brand-new/model-of-tomorrow");
        request.Input.Set("anything", "goes");

        await client.CreateTaskAsync(request);
        await client.CreateTaskAsync(request);

        Assert.Equal(2, handler.Count);
    }

    [Fact]
    public async Task The_day_cap_counts_submitted_tasks_and_resets_at_utc_midnight()
    {
        var (client, handler, clock) = Client(perDay: 250m, now: new DateTimeOffset(2026, 3, 1, 23, 58, 0, TimeSpan.Zero));

        await client.CreateTaskAsync(Kling(seconds: 5, sound: true));
        await client.CreateTaskAsync(Kling(seconds: 5, sound: true));
        var error = await Assert.ThrowsAsync<KieBudgetExceededException>(() => client.CreateTaskAsync(Kling(seconds: 5, sound: true)));

        Assert.Equal(2, handler.Count);
        Assert.Equal((KieBudgetLimit.PerDay, 250m, (decimal?)110m, (decimal?)220m), (error.Limit, error.MaxCredits, error.EstimatedCredits, error.SpentCredits));
        Assert.Equal("Task for model 'kling-2.6/text-to-video' refused: estimated at 110 credits, it would take today's (UTC) total to 330 credits, over Kie:MaxCreditsPerDay of 250 credits (220 already submitted); nothing was sent.", error.Message);

        clock.Advance(TimeSpan.FromMinutes(1));
        await Assert.ThrowsAsync<KieBudgetExceededException>(() => client.CreateTaskAsync(Kling(seconds: 5, sound: true)));
        clock.Advance(TimeSpan.FromMinutes(1));
        await client.CreateTaskAsync(Kling(seconds: 5, sound: true));
        await client.CreateTaskAsync(Kling(seconds: 5, sound: true));

        Assert.Equal(4, handler.Count);
        await Assert.ThrowsAsync<KieBudgetExceededException>(() => client.CreateTaskAsync(Kling(seconds: 5, sound: false)));
    }

    [Fact]
    public async Task The_day_is_the_utc_day_not_the_local_one()
    {
        // 23:30 at UTC+3 is 20:30 UTC; 00:30 at UTC+3 the next morning is still 21:30 UTC on the same UTC day.
        var (client, _, clock) = Client(perDay: 250m, now: new DateTimeOffset(2026, 3, 1, 23, 30, 0, TimeSpan.FromHours(3)));

        await client.CreateTaskAsync(Kling(seconds: 10, sound: true));
        clock.Advance(TimeSpan.FromHours(1));

        await Assert.ThrowsAsync<KieBudgetExceededException>(() => client.CreateTaskAsync(Kling(seconds: 5, sound: false)));
    }

    [Fact]
    public async Task A_refused_task_does_not_count()
    {
        var (client, handler, _) = Client(perDay: 300m);

        await client.CreateTaskAsync(Kling(seconds: 10, sound: true));
        await Assert.ThrowsAsync<KieBudgetExceededException>(() => client.CreateTaskAsync(Kling(seconds: 5, sound: true)));
        // 220 + 55 = 275: fits only because the refused 110 was not counted.
        await client.CreateTaskAsync(Kling(seconds: 5, sound: false));

        Assert.Equal(2, handler.Count);
    }

    [Fact]
    public async Task A_task_kie_rejected_does_not_count()
    {
        var (client, handler, _) = Client(perDay: 300m);
        handler.ThenAnswer("""{"code":422,"msg":"prompt is not allowed","data":null}""");

        await Assert.ThrowsAsync<KieValidationException>(() => client.CreateTaskAsync(Kling(seconds: 10, sound: true)));
        await client.CreateTaskAsync(Kling(seconds: 10, sound: true));

        Assert.Equal(2, handler.Count);
    }

    [Fact]
    public async Task A_task_whose_outcome_is_unknown_counts()
    {
        var (client, handler, _) = Client(perDay: 300m);
        handler.ThenAnswer("""{"code":200,"msg":"success","data":{}}""");

        await Assert.ThrowsAsync<KieSubmissionUnknownException>(() => client.CreateTaskAsync(Kling(seconds: 10, sound: true)));
        // KIE may have started (and charge for) the first task, so a second one would exceed the day.
        await Assert.ThrowsAsync<KieBudgetExceededException>(() => client.CreateTaskAsync(Kling(seconds: 10, sound: true)));

        Assert.Equal(1, handler.Count);
    }

    [Fact]
    public async Task An_idempotent_replay_is_not_counted_twice()
    {
        var (client, handler, _) = Client(perDay: 300m);
        var request = Kling(seconds: 10, sound: true);
        request.IdempotencyKey = "order-1";

        Assert.Equal("task-1", await client.CreateTaskAsync(request));
        Assert.Equal("task-1", await client.CreateTaskAsync(request));
        await client.CreateTaskAsync(Kling(seconds: 5, sound: false));

        Assert.Equal(2, handler.Count);
    }

    [Fact]
    public async Task Two_concurrent_creates_that_together_exceed_the_day_one_passes()
    {
        for (var round = 0; round < 25; round++)
        {
            var (client, handler, _) = Client(perDay: 300m, holdRequests: true);
            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var creates = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
            {
                await start.Task;
                return await client.CreateTaskAsync(Kling(seconds: 10, sound: true));
            })).ToArray();

            start.SetResult();
            var refused = await Assert.ThrowsAsync<KieBudgetExceededException>(() => Task.WhenAny(creates).Unwrap());
            handler.Release();
            var outcomes = await Task.WhenAll(creates.Select(Outcome));

            Assert.Equal(KieBudgetLimit.PerDay, refused.Limit);
            Assert.Equal(1, outcomes.Count(passed => passed));
            Assert.Equal(1, handler.Count);
        }
    }

    [Fact]
    public async Task Many_creates_in_flight_spend_exactly_up_to_the_day_cap()
    {
        var (client, handler, _) = Client(perDay: 275m, holdRequests: true);
        // Started without Task.Run: the thread pool is shared with the whole parallel test run, and starving it once
        // made this test time out. The five that fit are held inside the handler while the fifteen others are refused;
        // the races between two creates are covered by the test above.
        var creates = Enumerable.Range(0, 20).Select(_ => client.CreateTaskAsync(Kling(seconds: 5, sound: false))).ToArray();
        while (creates.Count(task => task.IsCompleted) < 15)
        {
            await Task.WhenAny(creates.Where(task => !task.IsCompleted)).WaitAsync(TimeSpan.FromSeconds(30));
        }

        handler.Release();
        var outcomes = await Task.WhenAll(creates.Select(Outcome));

        Assert.Equal(5, outcomes.Count(passed => passed));
        Assert.Equal(5, handler.Count);
    }

    [Theory]
    [InlineData(0, null, "Kie:MaxCreditsPerTask must be positive when set; it is 0.")]
    [InlineData(null, -5, "Kie:MaxCreditsPerDay must be positive when set; it is -5.")]
    public void A_cap_must_be_positive(int? perTask, int? perDay, string expected)
    {
        var options = new KieClientOptions { ApiKey = "k", Catalog = CatalogFixture.Embedded, MaxCreditsPerTask = perTask, MaxCreditsPerDay = perDay };

        Assert.Equal([expected], options.Validate());
    }

    [Fact]
    public void A_cap_without_a_catalog_is_a_start_up_error_not_a_silent_no_op()
    {
        var problem = Assert.Single(new KieClientOptions { ApiKey = "k", MaxCreditsPerTask = 100m }.Validate());

        Assert.StartsWith("Kie:MaxCreditsPerTask needs KieClientOptions.Catalog", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Caps_bind_from_configuration()
    {
        var section = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kie:MaxCreditsPerTask"] = "250.5",
            ["Kie:MaxCreditsPerDay"] = "5000",
        }).Build().GetSection("Kie");
        var options = new KieClientOptions();

        KieClientOptionsBinder.Bind(section, options);

        Assert.Equal(((decimal?)250.5m, (decimal?)5000m), (options.MaxCreditsPerTask, options.MaxCreditsPerDay));
    }

    [Fact]
    public void An_unreadable_cap_names_its_key()
    {
        var section = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Kie:MaxCreditsPerDay"] = "lots" }).Build().GetSection("Kie");

        var error = Assert.Throws<FormatException>(() => KieClientOptionsBinder.Bind(section, new KieClientOptions()));

        Assert.Equal("Kie:MaxCreditsPerDay must be a number such as 250 or 12.5; it is 'lots'.", error.Message);
    }

    public void Dispose()
    {
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }
    }

    private static CreateTaskRequest Kling(int seconds, bool sound)
    {
        var request = new CreateTaskRequest("kling-2.6/text-to-video");
        request.Input.Set("prompt", "a fox").Set("sound", sound).Set("aspect_ratio", "16:9").Set("duration", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return request;
    }

    private static async Task<bool> Outcome(Task<string> create)
    {
        try
        {
            await create;
            return true;
        }
        catch (KieBudgetExceededException)
        {
            return false;
        }
    }

    private (KieClient Client, BudgetHandler Handler, FakeTimeProvider Clock) Client(
        decimal? perTask = null, decimal? perDay = null, DateTimeOffset? now = null, bool holdRequests = false, Kie.Sdk.Catalog.ModelCatalog? catalog = null)
    {
        var handler = new BudgetHandler(holdRequests);
        var http = new HttpClient(handler);
        var clock = new FakeTimeProvider(now ?? new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        var client = new KieClient(http, new KieClientOptions
        {
            ApiKey = "k",
            CreateRateLimit = 0,
            Catalog = catalog ?? CatalogFixture.Embedded,
            MaxCreditsPerTask = perTask,
            MaxCreditsPerDay = perDay,
        }, clock);
        _owned.Add(client);
        _owned.Add(http);
        return (client, handler, clock);
    }
}
