using System.Text.Json.Nodes;

namespace Kie.Samples.TelegramBot.Tests.Telegram;

/// <summary>
/// A Telegram user driving the polling bot through the fake Bot API: each action becomes an update served by
/// getUpdates, and returns once the poller confirmed it and the engine finished handling it.
/// </summary>
internal sealed class TelegramUser(TelegramBotHarness bot, long userId)
{
    private int _nextUpdateId = 1000;

    /// <summary>The user's id (and private chat).</summary>
    public long Id => userId;

    /// <summary>The next update id.</summary>
    /// <returns>The id.</returns>
    public int NextUpdateId() => Interlocked.Increment(ref _nextUpdateId);

    /// <summary>Sends a text message.</summary>
    /// <param name="text">The text.</param>
    /// <returns>A task that completes when handled.</returns>
    public Task TextAsync(string text) => DeliverAsync(FakeUpdates.Text(NextUpdateId(), userId, text));

    /// <summary>Presses the newest button with exactly this callback data (fails when the user cannot see one).</summary>
    /// <param name="data">The callback data.</param>
    /// <returns>A task that completes when handled.</returns>
    public Task PressAsync(string data) => DeliverAsync(PressUpdate(data));

    /// <summary>The update a press of the newest button with this data would be.</summary>
    /// <param name="data">The callback data.</param>
    /// <returns>The update.</returns>
    public JsonObject PressUpdate(string data) => PressUpdate(candidate => candidate == data, data);

    /// <summary>The update a press of the newest button whose data matches would be.</summary>
    /// <param name="match">Picks the button.</param>
    /// <param name="what">Named in the failure.</param>
    /// <returns>The update.</returns>
    public JsonObject PressUpdate(Func<string, bool> match, string what)
    {
        var (messageId, data) = bot.Api.FindButton(userId, match)
            ?? throw new Xunit.Sdk.XunitException($"User {userId} sees no button '{what}'. Last texts:\n{string.Join("\n---\n", bot.Api.TextsIn(userId).TakeLast(2))}");
        return FakeUpdates.Callback(NextUpdateId(), userId, data, messageId);
    }

    /// <summary>Delivers updates in one getUpdates batch and waits until the engine handled them.</summary>
    /// <param name="updates">The updates (the same update twice simulates a redelivery).</param>
    /// <returns>A task that completes when handled.</returns>
    public async Task DeliverAsync(params JsonObject[] updates)
    {
        var last = updates.Max(update => int.Parse(update["update_id"]!.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture));
        bot.Api.EnqueueUpdates(updates);
        await bot.Api.WaitForCallsAsync("getUpdates", where: call => call.Has("offset") && call.Number("offset") > last);
        await bot.Router.WhenIdleAsync();
    }
}
