using System.Text.Json;
using System.Text.Json.Nodes;
using Kie.Samples.TelegramBot.Telegram;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Kie.Samples.TelegramBot.Tests.Telegram;

/// <summary>The router both update sources share: what it queues, what it ignores, and that it refuses updates once stopping.</summary>
public sealed class TelegramUpdateRouterTests : IAsyncDisposable
{
    private const long Alice = 1001;
    private readonly GatedFeature _feature = new();
    private readonly TelegramBotHarness _bot;

    public TelegramUpdateRouterTests()
    {
        _bot = TelegramBotHarness.Create(configure: services => TelegramBotHarness.AddFirstFeature(services, _feature));
    }

    [Fact]
    public async Task A_handled_kind_is_queued_and_reaches_the_engine()
    {
        Assert.Equal(TelegramDispatch.Queued, _bot.Router.Dispatch(Read(FakeUpdates.Text(1, Alice, "gate:x"))));

        await _feature.Reached("end:gate:x");
    }

    [Fact]
    public async Task Other_kinds_are_ignored_without_touching_the_engine()
    {
        Assert.Equal(TelegramDispatch.Ignored, _bot.Router.Dispatch(Read(FakeUpdates.EditedText(2, Alice, "edited"))));
        await _bot.Router.WhenIdleAsync();

        Assert.Empty(_feature.Journal);
    }

    [Fact]
    public async Task Once_stopping_it_refuses_updates_so_Telegram_keeps_them_and_lets_queued_ones_finish()
    {
        _feature.Close("gate:first");
        _bot.Router.Dispatch(Read(FakeUpdates.Text(3, Alice, "gate:first")));
        await _feature.Reached("start:gate:first");

        var draining = _bot.Router.DrainAsync(CancellationToken.None);
        var late = _bot.Router.Dispatch(Read(FakeUpdates.Text(4, Alice, "gate:late")));
        _feature.Open("gate:first");
        await draining;

        Assert.Equal(TelegramDispatch.Stopping, late);
        Assert.True(_feature.Saw("end:gate:first"));
        Assert.False(_feature.Saw("start:gate:late"));
    }

    [Fact]
    public async Task Work_still_running_when_the_host_stops_waiting_is_cancelled()
    {
        _feature.Close("gate:stuck");
        _bot.Router.Dispatch(Read(FakeUpdates.Text(5, Alice, "gate:stuck")));
        await _feature.Reached("start:gate:stuck");

        using var givingUp = new CancellationTokenSource();
        await givingUp.CancelAsync();
        await _bot.Router.DrainAsync(givingUp.Token);
        await _bot.Router.WhenIdleAsync();

        Assert.False(_feature.Saw("end:gate:stuck"));
        Assert.Contains(_bot.Logs.Entries, entry => entry.Text.Contains("Stopped with 1 queued update(s) not handled", StringComparison.Ordinal));
    }

    public ValueTask DisposeAsync() => _bot.DisposeAsync();

    private static Update Read(JsonObject json) => JsonSerializer.Deserialize<Update>(json.ToJsonString(), JsonBotAPI.Options)!;
}
