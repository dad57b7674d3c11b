using System.Net;
using Kie.Sdk.Testing;

namespace Kie.Sdk.Tests.Simulator;

public sealed class SimulatorScriptingTests
{
    [Fact]
    public async Task Fail_keyword_fails_with_501_and_charges_nothing()
    {
        using var harness = new SimulatorHarness();
        var taskId = await harness.CreateTaskIdAsync(prompt: "a cat [fail]");
        harness.Time.Advance(TimeSpan.FromSeconds(11));

        var data = await harness.RecordDataAsync(taskId);

        Assert.Equal("fail", data.GetProperty("state").GetString());
        Assert.Equal("501", data.GetProperty("failCode").GetString());
        Assert.Equal("Generation failed", data.GetProperty("failMsg").GetString());
        Assert.Equal(0m, data.GetProperty("creditsConsumed").GetDecimal());
        Assert.Equal(string.Empty, data.GetProperty("resultJson").GetString());
        Assert.Equal(1000m, harness.Simulator.Credits);
    }

    [Fact]
    public async Task Fail_keyword_with_a_code_uses_that_code()
    {
        using var harness = new SimulatorHarness();
        var taskId = await harness.CreateTaskIdAsync(prompt: "[FAIL:400] a cat");
        harness.Time.Advance(TimeSpan.FromSeconds(11));

        var data = await harness.RecordDataAsync(taskId);

        Assert.Equal("fail", data.GetProperty("state").GetString());
        Assert.Equal("400", data.GetProperty("failCode").GetString());
    }

    [Fact]
    public async Task Slow_keyword_generates_five_times_longer()
    {
        using var harness = new SimulatorHarness();
        var taskId = await harness.CreateTaskIdAsync(prompt: "a cat [slow]");

        // Image: 1 + 2 s, then 8 s × 5 = 40 s generating.
        harness.Time.Advance(TimeSpan.FromSeconds(42.9));
        Assert.Equal("generating", await harness.StateAsync(taskId));
        harness.Time.Advance(TimeSpan.FromSeconds(0.1));
        Assert.Equal("success", await harness.StateAsync(taskId));
    }

    [Fact]
    public async Task Unknown_keyword_reports_paused_for_ten_seconds_then_succeeds()
    {
        using var harness = new SimulatorHarness();
        var taskId = await harness.CreateTaskIdAsync(prompt: "a cat [unknown]");

        harness.Time.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal("paused", await harness.StateAsync(taskId));
        harness.Time.Advance(TimeSpan.FromSeconds(9.9));
        Assert.Equal("paused", await harness.StateAsync(taskId));
        harness.Time.Advance(TimeSpan.FromSeconds(0.1));
        Assert.Equal("generating", await harness.StateAsync(taskId));
        harness.Time.Advance(TimeSpan.FromSeconds(8));
        Assert.Equal("success", await harness.StateAsync(taskId));
    }

    [Fact]
    public async Task FiveXX_keyword_answers_http_500_to_the_first_poll_only()
    {
        using var harness = new SimulatorHarness();
        var taskId = await harness.CreateTaskIdAsync(prompt: "a cat [5xx]");

        var (first, body) = await harness.RecordAsync(taskId);
        var (second, _) = await harness.RecordAsync(taskId);

        Assert.Equal(HttpStatusCode.InternalServerError, first);
        Assert.Equal(500, body.GetProperty("code").GetInt32());
        Assert.Equal(HttpStatusCode.OK, second);
        Assert.Equal(2, harness.Simulator.FindTask(taskId)!.StatusReads);
    }

    [Fact]
    public async Task Never_keyword_keeps_generating()
    {
        using var harness = new SimulatorHarness();
        var taskId = await harness.CreateTaskIdAsync(prompt: "a cat [never]");

        harness.Time.Advance(TimeSpan.FromDays(3));

        Assert.Equal("generating", await harness.StateAsync(taskId));
        Assert.Null(harness.Simulator.FindTask(taskId)!.CompletesAt);
        Assert.Equal(1000m, harness.Simulator.Credits);
    }

    [Fact]
    public async Task Keywords_combine()
    {
        using var harness = new SimulatorHarness();
        var taskId = await harness.CreateTaskIdAsync(prompt: "[5xx] a cat [fail:422]");

        var outcome = harness.Simulator.FindTask(taskId)!.Outcome;

        Assert.False(outcome.Succeeds);
        Assert.Equal("422", outcome.FailCode);
        Assert.Equal(1, outcome.ServerErrors);
    }

    [Fact]
    public async Task Rules_are_checked_in_order_before_keywords()
    {
        using var harness = new SimulatorHarness();
        harness.Simulator.AddRule(context => context.Model == "flux/kontext" ? KieSimulatorOutcome.Fail("999", "rule one") : null);
        harness.Simulator.AddRule(context => context.Prompt?.Contains("cat", StringComparison.Ordinal) == true ? KieSimulatorOutcome.Succeed(2) : null);
        harness.Simulator.AddRule(_ => KieSimulatorOutcome.Fail("777", "never reached for cats"));

        var kontext = await harness.CreateTaskIdAsync("flux/kontext", "a cat");
        var cat = await harness.CreateTaskIdAsync(prompt: "a cat [fail]");
        var dog = await harness.CreateTaskIdAsync(prompt: "a dog");

        Assert.Equal("999", harness.Simulator.FindTask(kontext)!.Outcome.FailCode);
        Assert.True(harness.Simulator.FindTask(cat)!.Outcome.Succeeds); // the rule beat the [fail] keyword
        Assert.Equal(2, harness.Simulator.FindTask(cat)!.Outcome.Outputs);
        Assert.Equal("777", harness.Simulator.FindTask(dog)!.Outcome.FailCode);
    }

    [Fact]
    public async Task A_rule_sees_the_model_and_input()
    {
        using var harness = new SimulatorHarness();
        KieSimulatorTaskContext? seen = null;
        harness.Simulator.AddRule(context =>
        {
            seen = context;
            return null;
        });

        await harness.CreateTaskIdAsync("google/nano-banana", "hello", "https://example.org/cb");

        Assert.NotNull(seen);
        Assert.Equal("google/nano-banana", seen.Model);
        Assert.Equal("hello", seen.Input.GetProperty("prompt").GetString());
        Assert.Equal("hello", seen.Prompt);
        Assert.Equal(new Uri("https://example.org/cb"), seen.CallbackUrl);
    }

    [Fact]
    public async Task A_refusal_answers_its_code_and_creates_nothing()
    {
        using var harness = new SimulatorHarness();
        harness.Simulator.AddRule(_ => KieSimulatorOutcome.Refuse(422, "page does not exist or is not published"));

        var (status, body) = await harness.CreateAsync("no/such-model");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(422, body.GetProperty("code").GetInt32());
        Assert.Equal("page does not exist or is not published", body.GetProperty("msg").GetString());
        Assert.Empty(harness.Simulator.Tasks);
    }

    [Fact]
    public async Task Outcome_price_overrides_the_model_price()
    {
        using var harness = new SimulatorHarness(options => options.PriceOf = (_, _) => 50m);
        harness.Simulator.AddRule(_ => KieSimulatorOutcome.Succeed() with { Price = 0.4m });
        var taskId = await harness.CreateTaskIdAsync();

        harness.Time.Advance(TimeSpan.FromSeconds(11));

        Assert.Equal(0.4m, (await harness.RecordDataAsync(taskId)).GetProperty("creditsConsumed").GetDecimal());
        Assert.Equal(999.6m, harness.Simulator.Credits);
    }

    [Fact]
    public async Task Custom_timings_apply_per_model_kind()
    {
        using var harness = new SimulatorHarness(options => options.ImageTimings = KieSimulatorTimings.Instant);
        var image = await harness.CreateTaskIdAsync();
        var video = await harness.CreateTaskIdAsync("veo3/fast");

        Assert.Equal("success", await harness.StateAsync(image));
        Assert.Equal("waiting", await harness.StateAsync(video));
    }
}
