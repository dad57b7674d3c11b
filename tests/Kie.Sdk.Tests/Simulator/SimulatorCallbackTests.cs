using System.Collections.Concurrent;
using Kie.Sdk.Testing;

namespace Kie.Sdk.Tests.Simulator;

public sealed class SimulatorCallbackTests
{
    private const string Secret = "hmac-secret";

    [Fact]
    public async Task A_success_is_called_back_once_with_a_signature_KieCallback_accepts()
    {
        var received = new ConcurrentQueue<KieSimulatorCallback>();
        using var harness = new SimulatorHarness(options =>
        {
            options.CallbackSecret = Secret;
            options.CallbackHandler = (callback, _) =>
            {
                received.Enqueue(callback);
                return Task.CompletedTask;
            };
        });
        var taskId = await harness.CreateTaskIdAsync(callbackUrl: "https://bot.example.org/kie");

        harness.Time.Advance(TimeSpan.FromSeconds(10));
        Assert.Empty(received);
        harness.Time.Advance(TimeSpan.FromSeconds(1));

        // Delivered by the clock alone, no polling; and once, however often the task is read afterwards.
        Assert.Equal(0, harness.Simulator.CountRequests("recordInfo"));
        await harness.StateAsync(taskId);
        harness.Time.Advance(TimeSpan.FromMinutes(5));
        await harness.StateAsync(taskId);
        var callback = Assert.Single(received);

        Assert.Equal(new Uri("https://bot.example.org/kie"), callback.CallbackUrl);
        Assert.Equal(taskId, callback.TaskId);
        var verification = KieCallback.Verify(
            callback.Body.Span,
            callback.Header(KieCallback.TimestampHeader),
            callback.Header(KieCallback.SignatureHeader),
            Secret,
            harness.Time);
        Assert.True(verification.IsValid, verification.Reason);

        var status = KieCallback.Parse(callback.Body.Span);
        Assert.Equal(taskId, status.TaskId);
        Assert.Equal(KieTaskState.Success, status.State);
        Assert.Single(status.ResultUrls);
        Assert.Contains("\"code\":200", callback.BodyText, StringComparison.Ordinal);
        Assert.True(harness.Simulator.FindTask(taskId)!.CallbackDelivered);
    }

    [Fact]
    public async Task A_wrong_secret_does_not_verify()
    {
        KieSimulatorCallback? received = null;
        using var harness = new SimulatorHarness(options =>
        {
            options.CallbackSecret = Secret;
            options.CallbackHandler = (callback, _) =>
            {
                received = callback;
                return Task.CompletedTask;
            };
        });
        await harness.CreateTaskIdAsync(callbackUrl: "https://bot.example.org/kie");
        harness.Time.Advance(TimeSpan.FromSeconds(11));

        Assert.NotNull(received);
        var verification = KieCallback.Verify(
            received.Body.Span, received.Header(KieCallback.TimestampHeader), received.Header(KieCallback.SignatureHeader), "other-secret", harness.Time);
        Assert.False(verification.IsValid);
    }

    [Fact]
    public async Task A_failure_is_called_back_with_code_501_and_no_signature_without_a_secret()
    {
        KieSimulatorCallback? received = null;
        using var harness = new SimulatorHarness(options => options.CallbackHandler = (callback, _) =>
        {
            received = callback;
            return Task.CompletedTask;
        });
        await harness.CreateTaskIdAsync(prompt: "x [fail:400]", callbackUrl: "https://bot.example.org/kie");

        harness.Time.Advance(TimeSpan.FromSeconds(11));

        Assert.NotNull(received);
        Assert.Null(received.Header(KieCallback.SignatureHeader));
        Assert.Equal("application/json", received.Header("content-type"));
        Assert.Contains("\"code\":501", received.BodyText, StringComparison.Ordinal);
        var status = KieCallback.Parse(received.Body.Span);
        Assert.Equal(KieTaskState.Failed, status.State);
        Assert.Equal("400", status.FailCode);
    }

    [Fact]
    public async Task A_failing_handler_is_retried_up_to_three_times_and_counted()
    {
        var attempts = 0;
        using var harness = new SimulatorHarness(options => options.CallbackHandler = (_, _) =>
        {
            attempts++;
            throw new InvalidOperationException("endpoint down");
        });
        var taskId = await harness.CreateTaskIdAsync(callbackUrl: "https://bot.example.org/kie");

        harness.Time.Advance(TimeSpan.FromSeconds(11));
        await harness.Simulator.WaitForCallbacksAsync();

        Assert.Equal(3, attempts);
        Assert.Equal(3, harness.Simulator.CallbackFailures);
        var task = harness.Simulator.FindTask(taskId)!;
        Assert.Equal(3, task.CallbackAttempts);
        Assert.False(task.CallbackDelivered);
        Assert.Equal("success", await harness.StateAsync(taskId));
    }

    [Fact]
    public async Task A_handler_that_fails_once_is_delivered_on_the_retry()
    {
        var attempts = 0;
        using var harness = new SimulatorHarness(options => options.CallbackHandler = async (_, token) =>
        {
            await Task.Yield();
            if (++attempts == 1)
            {
                throw new HttpRequestException("503");
            }
        });
        var taskId = await harness.CreateTaskIdAsync(callbackUrl: "https://bot.example.org/kie");

        harness.Time.Advance(TimeSpan.FromSeconds(11));
        await harness.Simulator.WaitForCallbacksAsync().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(2, attempts);
        Assert.Equal(1, harness.Simulator.CallbackFailures);
        Assert.True(harness.Simulator.FindTask(taskId)!.CallbackDelivered);
    }

    [Fact]
    public async Task Tasks_without_a_callback_url_are_not_called_back()
    {
        var calls = 0;
        using var harness = new SimulatorHarness(options => options.CallbackHandler = (_, _) =>
        {
            calls++;
            return Task.CompletedTask;
        });
        await harness.CreateTaskIdAsync();
        await harness.CreateTaskIdAsync(prompt: "[never]", callbackUrl: "https://bot.example.org/kie");

        harness.Time.Advance(TimeSpan.FromHours(1));

        Assert.Equal(0, calls);
    }

    [Fact]
    public async Task The_handler_can_be_set_after_the_simulator_is_created()
    {
        var calls = 0;
        using var harness = new SimulatorHarness();
        await harness.CreateTaskIdAsync(callbackUrl: "https://bot.example.org/kie");

        harness.Simulator.Options.CallbackHandler = (_, _) =>
        {
            calls++;
            return Task.CompletedTask;
        };
        harness.Time.Advance(TimeSpan.FromSeconds(11));

        Assert.Equal(1, calls);
    }
}
