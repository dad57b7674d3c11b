using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Orders;
using Kie.Samples.TelegramBot.Tests.Support;
using Kie.Sdk.Testing;

namespace Kie.Samples.TelegramBot.Tests.Delivery;

public sealed class OutboxDeliveryTests
{
    [Fact]
    public async Task A_flood_wait_of_minutes_on_the_result_is_honoured_and_the_result_still_arrives()
    {
        await using var bot = BotHarness.Create();
        var floodedAt = TimeSpan.MinValue;
        bot.Chat.FailWhen(call =>
        {
            if (call.Method != "media")
            {
                return null;
            }

            floodedAt = bot.Clock.Elapsed;
            return new ChatGatewayException(ChatFailure.FloodWait, "Too Many Requests: retry after 420", TimeSpan.FromMinutes(7));
        });
        var deliveredAt = TimeSpan.MinValue;
        bot.Chat.FailWhen(call =>
        {
            if (call.Method == "media" && deliveredAt == TimeSpan.MinValue)
            {
                deliveredAt = bot.Clock.Elapsed;
            }

            return null;
        });
        await bot.StartAsync();
        await bot.FundAsync(10_000);

        var orderId = await OrderKit.PlaceNewAsync(bot, "a stormy sea");
        await OrderKit.RunUntilStateAsync(bot, orderId, OrderState.Captured);

        Assert.NotEqual(TimeSpan.MinValue, floodedAt);
        Assert.True(deliveredAt >= floodedAt + TimeSpan.FromMinutes(7), $"flooded at {floodedAt}, delivered at {deliveredAt}");
        Assert.Single(OrderKit.ResultMessages(bot, orderId));
    }

    [Theory]
    [InlineData("kling-2.5-turbo-pro", "text-to-video", """{"prompt":"waves on a beach","duration":"5"}""", MediaKind.Video)]
    [InlineData("elevenlabs-tts", "text-to-speech-turbo", """{"text":"waves on a beach"}""", MediaKind.Audio)]
    public async Task Videos_and_speech_arrive_as_what_they_are(string model, string mode, string input, MediaKind kind)
    {
        await using var bot = BotHarness.Create();
        await bot.StartAsync();
        await bot.FundAsync(1_000_000);

        var fields = new Kie.Sdk.KieInput();
        foreach (var (key, value) in System.Text.Json.Nodes.JsonNode.Parse(input)!.AsObject())
        {
            fields.SetJson(key, value);
        }

        var request = OrderKit.Request(bot, model, mode, fields);
        var orderId = Assert.IsType<PlaceOrderResult.Placed>(await OrderKit.PlaceAsync(bot, request)).OrderId;
        await OrderKit.RunUntilStateAsync(bot, orderId, OrderState.Captured);
        await OrderKit.RunUntilOutboxEmptyAsync(bot);

        var item = Assert.Single(Assert.Single(OrderKit.ResultMessages(bot, orderId)).Media);
        Assert.Equal(kind, item.Kind);
        Assert.IsType<MediaSource.FromUrl>(item.Source);
        Assert.Empty(bot.Chat.LastScreenBeforeRating(BotHarness.UserId)!.AllButtons);
    }

    [Fact]
    public async Task A_flood_wait_in_one_chat_does_not_hold_up_another()
    {
        await using var bot = BotHarness.Create();
        var flooded = false;
        bot.Chat.FailWhen(call =>
        {
            if (call.Method != "media" || call.ChatId != 2001)
            {
                return null;
            }

            Volatile.Write(ref flooded, true);
            return new ChatGatewayException(ChatFailure.FloodWait, "Too Many Requests: retry after 3600", TimeSpan.FromHours(1));
        });
        await bot.StartAsync();
        await bot.FundAsync(10_000, 2001);
        await bot.FundAsync(10_000, 2002);
        var first = await OrderKit.PlaceNewAsync(bot, "first chat", 2001);
        await bot.RunUntilAsync(() => Volatile.Read(ref flooded), "the first chat's flood wait");

        // A heartbeat keeps fake time moving in one-second steps, so it cannot leap to the end of the flood wait while
        // the second chat's order is still being worked on.
        var heartbeat = bot.Clock.CreateTimer(static _ => { }, null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        var second = await OrderKit.PlaceNewAsync(bot, "second chat", 2002);
        await OrderKit.RunUntilStateAsync(bot, second, OrderState.Captured);
        heartbeat.Dispose();

        Assert.True(bot.Clock.Elapsed < TimeSpan.FromHours(1), $"the second chat waited until {bot.Clock.Elapsed}");
        Assert.Equal(OrderState.Succeeded, (await OrderKit.FindAsync(bot, first)).State);
        await OrderKit.RunUntilStateAsync(bot, first, OrderState.Captured);
        Assert.True(bot.Clock.Elapsed >= TimeSpan.FromHours(1), $"the first chat was served at {bot.Clock.Elapsed}");
    }

    [Fact]
    public async Task A_url_the_platform_refuses_is_downloaded_through_KIE_and_uploaded()
    {
        await using var bot = BotHarness.Create();
        bot.Chat.FailWhen(call => call.Method == "media" && call.Media.Any(item => item.Source is MediaSource.FromUrl)
            ? new ChatGatewayException(ChatFailure.BadRequest, "Bad Request: wrong file identifier/HTTP URL specified")
            : null);
        await bot.StartAsync();
        await bot.FundAsync(10_000);

        var orderId = await OrderKit.PlaceNewAsync(bot, "a tall tree");
        await OrderKit.RunUntilStateAsync(bot, orderId, OrderState.Captured);

        var sent = Assert.Single(OrderKit.ResultMessages(bot, orderId));
        var photo = Assert.Single(sent.Media);
        Assert.Equal(MediaKind.Photo, photo.Kind);
        var upload = Assert.IsType<MediaSource.Upload>(photo.Source);
        Assert.Equal(orderId + "-1.png", upload.FileName);
        Assert.Contains(bot.Simulator!.Requests, request => request.Method == "GET" && request.Path.EndsWith("_0.png", StringComparison.Ordinal) && !request.HasAuthorization);
        Assert.Equal(1L, await OrderKit.ScalarAsync<long>(bot, "SELECT url_refused FROM outbox WHERE order_id = $id AND purpose = 'result'", ("$id", orderId)));
    }

    [Fact]
    public async Task A_picture_too_large_for_a_photo_is_uploaded_as_a_document()
    {
        await using var bot = BotHarness.Create(new Dictionary<string, string?> { ["Bot:Delivery:PhotoUploadMaxBytes"] = "100" });
        bot.Chat.FailWhen(call => call.Method == "media" && call.Media.Any(item => item.Source is MediaSource.FromUrl)
            ? new ChatGatewayException(ChatFailure.BadRequest, "Bad Request: failed to get HTTP URL content")
            : null);
        await bot.StartAsync();
        await bot.FundAsync(10_000);

        var orderId = await OrderKit.PlaceNewAsync(bot, "a detailed map");
        await OrderKit.RunUntilStateAsync(bot, orderId, OrderState.Captured);

        var document = Assert.Single(Assert.Single(OrderKit.ResultMessages(bot, orderId)).Media);
        Assert.Equal(MediaKind.Document, document.Kind);
        Assert.IsType<MediaSource.Upload>(document.Source);
    }

    [Fact]
    public async Task A_result_too_large_to_upload_arrives_as_a_link()
    {
        await using var bot = BotHarness.Create(new Dictionary<string, string?>
        {
            ["Bot:Delivery:PhotoUploadMaxBytes"] = "100",
            ["Bot:Delivery:FileUploadMaxBytes"] = "100",
        });
        bot.Chat.FailWhen(call => call.Method == "media" && call.Media.Any(item => item.Source is MediaSource.FromUrl)
            ? new ChatGatewayException(ChatFailure.BadRequest, "Bad Request: failed to get HTTP URL content")
            : null);
        await bot.StartAsync();
        await bot.FundAsync(10_000);

        var orderId = await OrderKit.PlaceNewAsync(bot, "an enormous panorama");
        await OrderKit.RunUntilStateAsync(bot, orderId, OrderState.Captured);

        var url = (await OrderKit.ResultsAsync(bot, orderId))[0].Url.AbsoluteUri;
        Assert.Contains(bot.Chat.TextsIn(BotHarness.UserId), text => text.Contains(orderId, StringComparison.Ordinal) && text.Contains(url, StringComparison.Ordinal));
        Assert.Empty(OrderKit.ResultMessages(bot, orderId));
    }

    [Fact]
    public async Task Several_results_arrive_as_albums_of_at_most_ten_with_an_original_button_each()
    {
        await using var bot = BotHarness.Create();
        bot.Simulator!.AddRule(task => KieSimulatorOutcome.Succeed(outputs: 12));
        await bot.StartAsync();
        await bot.FundAsync(10_000);

        var orderId = await OrderKit.PlaceNewAsync(bot, "a dozen variations");
        await OrderKit.RunUntilStateAsync(bot, orderId, OrderState.Captured);
        await OrderKit.RunUntilOutboxEmptyAsync(bot);

        var albums = bot.Chat.MediaIn(BotHarness.UserId);
        Assert.Equal([6, 6], albums.Select(album => album.Media.Count));
        Assert.All(albums.SelectMany(album => album.Media), item => Assert.Equal(MediaKind.Photo, item.Kind));
        Assert.Contains(orderId, albums[0].Media[0].Caption, StringComparison.Ordinal);
        var results = await OrderKit.ResultsAsync(bot, orderId);
        Assert.Equal(12, results.Count);
        Assert.All(results, file => Assert.NotNull(file.FileId));
        Assert.Equal(12, results.Select(file => file.FileId).Distinct().Count());
        var done = bot.Chat.LastScreenBeforeRating(BotHarness.UserId)!;
        Assert.Equal(Enumerable.Range(0, 12).Select(index => OrderScreens.Original(orderId, index)), done.AllButtons.Select(button => button.Data));
    }

    [Fact]
    public async Task A_user_who_blocked_the_bot_is_not_charged()
    {
        await using var bot = BotHarness.Create();
        bot.Chat.FailWhen(call => call.Method == "media" ? new ChatGatewayException(ChatFailure.Blocked, "Forbidden: bot was blocked by the user") : null);
        await bot.StartAsync();
        await bot.FundAsync(10_000);

        var orderId = await OrderKit.PlaceNewAsync(bot, "a gift nobody receives");
        await OrderKit.RunUntilStateAsync(bot, orderId, OrderState.Released);
        await OrderKit.RunUntilOutboxEmptyAsync(bot);

        Assert.Equal("blocked", (await OrderKit.FindAsync(bot, orderId)).Failure);
        Assert.Equal(10_000, await bot.Ledger.GetAvailableAsync(BotHarness.UserId));
        Assert.Equal(0, await bot.Ledger.SumOfAllEntriesAsync());
        Assert.Equal((false, true), await OrderKit.LedgerStepsAsync(bot, orderId));
        Assert.DoesNotContain(bot.Chat.TextsIn(BotHarness.UserId), text => text.Contains("is done", StringComparison.Ordinal) || text.Contains("did not work out:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_transient_failure_is_retried_later()
    {
        await using var bot = BotHarness.Create();
        bot.Chat.FailWhen(call => call.Method == "media" ? new ChatGatewayException(ChatFailure.Transient, "Bad Gateway") : null);
        await bot.StartAsync();
        await bot.FundAsync(10_000);

        var orderId = await OrderKit.PlaceNewAsync(bot, "a second try");
        await OrderKit.RunUntilStateAsync(bot, orderId, OrderState.Captured);

        Assert.Single(OrderKit.ResultMessages(bot, orderId));
        Assert.Equal(1L, await OrderKit.ScalarAsync<long>(bot, "SELECT attempts FROM outbox WHERE order_id = $id AND purpose = 'result'", ("$id", orderId)));
    }

    [Fact]
    public async Task A_result_that_keeps_failing_is_given_up_and_refunded_with_a_notice()
    {
        await using var bot = BotHarness.Create(new Dictionary<string, string?> { ["Bot:Delivery:MaxAttempts"] = "3" });
        for (var i = 0; i < 3; i++)
        {
            bot.Chat.FailWhen(call => call.Method == "media" ? new ChatGatewayException(ChatFailure.Transient, "Bad Gateway") : null);
        }

        await bot.StartAsync();
        await bot.FundAsync(10_000);

        var orderId = await OrderKit.PlaceNewAsync(bot, "never arrives");
        await OrderKit.RunUntilStateAsync(bot, orderId, OrderState.Released);
        await OrderKit.RunUntilOutboxEmptyAsync(bot);

        Assert.Equal("undeliverable", (await OrderKit.FindAsync(bot, orderId)).Failure);
        Assert.Equal(10_000, await bot.Ledger.GetAvailableAsync(BotHarness.UserId));
        Assert.Contains(bot.Chat.TextsIn(BotHarness.UserId), text => text.Contains(orderId, StringComparison.Ordinal) && text.Contains("could not deliver", StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Chat.TextsIn(BotHarness.UserId), text => text.Contains("is done", StringComparison.Ordinal));
    }
}
