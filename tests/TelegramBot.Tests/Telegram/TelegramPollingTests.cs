using Kie.Samples.TelegramBot.Telegram;
using Kie.Sdk.Tests.Behaviour;
using Microsoft.Extensions.Logging;

namespace Kie.Samples.TelegramBot.Tests.Telegram;

/// <summary>
/// Long polling through the real TelegramBotClient against the fake Bot API: start order, offsets, hand-over to the
/// engine through the per-chat dispatcher, pre-checkout priority, duplicates, and back-off on the fake clock.
/// </summary>
public sealed class TelegramPollingTests : IAsyncDisposable
{
    private const long Alice = 1001;
    private const long Bob = 2002;
    private readonly GatedFeature _feature = new();
    private readonly TelegramBotHarness _bot;

    public TelegramPollingTests()
    {
        _bot = TelegramBotHarness.Create(configure: services => TelegramBotHarness.AddFirstFeature(services, _feature));
    }

    private FakeBotApi Api => _bot.Api;

    [Fact]
    public async Task Polling_deletes_the_webhook_keeping_pending_updates_then_long_polls_for_the_three_update_types()
    {
        await _bot.StartPollingAsync();

        await Api.WaitForCallsAsync("getUpdates");

        Assert.Equal(["deleteWebhook", "getUpdates"], Api.Methods.Take(2));
        var delete = Api.CallsTo("deleteWebhook")[0];
        Assert.True(!delete.Has("drop_pending_updates") || delete.Text("drop_pending_updates") == "false");
        var poll = Api.CallsTo("getUpdates")[0];
        Assert.False(poll.Has("offset"));
        Assert.Equal(5, poll.Number("timeout"));
        Assert.Equal(100, poll.Number("limit"));
        Assert.Equal(["message", "callback_query", "pre_checkout_query"], poll.Body["allowed_updates"]!.AsArray().Select(type => type!.GetValue<string>()));
    }

    [Fact]
    public async Task An_update_reaches_the_engine_and_the_next_poll_confirms_it()
    {
        await _bot.StartPollingAsync();
        Api.EnqueueUpdates(FakeUpdates.Text(10, Alice, "gate:hello"));

        var reply = (await Api.WaitForCallsAsync("sendMessage"))[0];
        await Api.WaitForCallsAsync("getUpdates", where: call => call.Has("offset"));

        Assert.Equal(Alice, reply.Number("chat_id"));
        Assert.EndsWith("done:gate:hello", reply.Text("text"), StringComparison.Ordinal);
        Assert.Equal(11, Api.CallsTo("getUpdates").First(call => call.Has("offset")).Number("offset"));
        Assert.Equal(0, Api.PendingUpdates);
    }

    [Fact]
    public async Task Chats_run_in_parallel_each_in_order_and_the_loop_never_waits_for_them()
    {
        _feature.Close("gate:a1");
        await _bot.StartPollingAsync();

        Api.EnqueueUpdates(FakeUpdates.Text(20, Alice, "gate:a1"), FakeUpdates.Text(21, Alice, "gate:a2"), FakeUpdates.Text(22, Bob, "gate:b1"));

        // Bob is served while Alice's first message is still held, and the loop has already asked for more.
        await _feature.Reached("start:gate:a1");
        await _feature.Reached("end:gate:b1");
        await Api.WaitForCallsAsync("getUpdates", where: call => call.Has("offset") && call.Number("offset") == 23);
        await TestClock.QuietAsync();
        Assert.False(_feature.Saw("start:gate:a2"), "Alice's second message started before her first finished.");

        _feature.Open("gate:a1");
        await _feature.Reached("end:gate:a2");
        var alice = _feature.Journal.Where(entry => entry.Contains(":gate:a", StringComparison.Ordinal)).ToArray();
        Assert.Equal(["start:gate:a1", "end:gate:a1", "start:gate:a2", "end:gate:a2"], alice);
    }

    [Fact]
    public async Task A_pre_checkout_query_is_answered_while_the_payers_chat_is_busy()
    {
        _feature.Close("gate:slow");
        await _bot.StartPollingAsync();

        Api.EnqueueUpdates(FakeUpdates.Text(30, Alice, "gate:slow"), FakeUpdates.PreCheckout(31, Alice, "inv:1", 100));

        var answer = (await Api.WaitForCallsAsync("answerPreCheckoutQuery"))[0];
        Assert.Equal("pcq-31", answer.Text("pre_checkout_query_id"));
        Assert.False(_feature.Saw("end:gate:slow"));
        _feature.Open("gate:slow");
        await _feature.Reached("end:gate:slow");
    }

    [Fact]
    public async Task A_duplicate_update_id_in_a_batch_is_handled_once()
    {
        await _bot.StartPollingAsync();

        Api.EnqueueUpdates(FakeUpdates.Text(40, Alice, "gate:once"), FakeUpdates.Text(40, Alice, "gate:once"), FakeUpdates.Text(41, Alice, "gate:after"));
        await _feature.Reached("end:gate:after");
        await _bot.Router.WhenIdleAsync();

        Assert.Equal(1, _feature.Journal.Count(entry => entry == "end:gate:once"));
        Assert.Equal(2, Api.CallsTo("sendMessage").Count);
    }

    [Fact]
    public async Task Updates_the_bot_does_not_handle_are_skipped_and_still_confirmed()
    {
        await _bot.StartPollingAsync();

        Api.EnqueueUpdates(FakeUpdates.EditedText(50, Alice, "edited"), FakeUpdates.Sticker(51, Alice));
        await Api.WaitForCallsAsync("getUpdates", where: call => call.Has("offset") && call.Number("offset") == 52);
        await _bot.Router.WhenIdleAsync();

        Assert.DoesNotContain(Api.Methods, method => method.StartsWith("send", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_409_conflict_is_logged_as_another_instance_and_waits_on_the_clock_instead_of_spinning()
    {
        Api.FailNext("getUpdates", BotApiError.Conflict);
        await _bot.StartPollingAsync();

        await _bot.Clock.SettleAsync(() => _bot.Clock.NextDue() is not null, "the back-off timer");

        Assert.Equal(TelegramPollingService.ConflictBackOff, _bot.Clock.NextDue());
        Assert.Single(Api.CallsTo("getUpdates"));
        var error = Assert.Single(_bot.Logs.Entries, entry => entry.Level == LogLevel.Error && entry.Category.EndsWith(nameof(TelegramPollingService), StringComparison.Ordinal));
        Assert.Contains("409 Conflict", error.Text, StringComparison.Ordinal);
        Assert.Contains("another process", error.Text, StringComparison.Ordinal);

        _bot.Clock.Advance(TelegramPollingService.ConflictBackOff);
        await Api.WaitForCallsAsync("getUpdates", count: 2);
    }

    [Fact]
    public async Task Failures_back_off_longer_each_time()
    {
        Api.FailNext("getUpdates", BotApiError.ServerError);
        Api.FailNext("getUpdates", BotApiError.ServerError);
        await _bot.StartPollingAsync();

        await _bot.Clock.SettleAsync(() => _bot.Clock.NextDue() is not null, "the first back-off");
        Assert.Equal(TimeSpan.FromSeconds(1), _bot.Clock.NextDue());
        _bot.Clock.Advance(TimeSpan.FromSeconds(1));

        await Api.WaitForCallsAsync("getUpdates", count: 2);
        await _bot.Clock.SettleAsync(() => _bot.Clock.NextDue() is not null, "the second back-off");
        Assert.Equal(TimeSpan.FromSeconds(2), _bot.Clock.NextDue());
        _bot.Clock.Advance(TimeSpan.FromSeconds(2));

        await Api.WaitForCallsAsync("getUpdates", count: 3);
    }

    [Fact]
    public async Task A_failing_deleteWebhook_is_retried_before_any_getUpdates()
    {
        Api.FailNext("deleteWebhook", BotApiError.ServerError);
        await _bot.StartPollingAsync();

        await _bot.Clock.SettleAsync(() => _bot.Clock.NextDue() is not null, "the back-off");
        Assert.Equal(["deleteWebhook"], Api.Methods);
        _bot.Clock.Advance(_bot.Clock.NextDue()!.Value);

        await Api.WaitForCallsAsync("getUpdates");
        Assert.Equal(["deleteWebhook", "deleteWebhook", "getUpdates"], Api.Methods.Take(3));
    }

    [Fact]
    public async Task Stopping_lets_handed_over_updates_finish()
    {
        _feature.Close("gate:last");
        await _bot.StartPollingAsync();
        Api.EnqueueUpdates(FakeUpdates.Text(60, Alice, "gate:last"));
        await _feature.Reached("start:gate:last");

        var stopping = _bot.StopAsync();
        await TestClock.QuietAsync();
        Assert.False(stopping.IsCompleted);
        _feature.Open("gate:last");
        await stopping;

        Assert.True(_feature.Saw("end:gate:last"));
    }

    public ValueTask DisposeAsync() => _bot.DisposeAsync();
}
