using Kie.Samples.TelegramBot.Archive;
using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Orders;
using Kie.Samples.TelegramBot.Tests.Archive;
using Kie.Samples.TelegramBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Kie.Samples.TelegramBot.Tests.S3;

/// <summary>The whole archive on S3: a demo-mode order's result copied into a real S3-compatible server and read back.</summary>
[Collection(S3Collection.Name)]
public sealed class S3ArchiveTests
{
    private readonly S3TestServer _server;
    private readonly ITestOutputHelper _output;

    /// <summary>Creates the tests.</summary>
    /// <param name="server">The shared server.</param>
    /// <param name="output">The test's output (skip reasons go there).</param>
    public S3ArchiveTests(S3TestServer server, ITestOutputHelper output)
    {
        _server = server;
        _output = output;
    }

    [Fact]
    public async Task A_delivered_result_is_archived_in_the_bucket_and_the_original_is_sent_from_there()
    {
        if (_server.Skip(_output))
        {
            return;
        }

        await using var bot = BotHarness.Create(new Dictionary<string, string?>
        {
            ["Bot:Archive:S3:ServiceUrl"] = _server.ServiceUrl!.AbsoluteUri,
            ["Bot:Archive:S3:Bucket"] = S3ResultStoreTests.NewBucket(),
            ["Bot:Archive:S3:AccessKey"] = S3TestServer.AccessKey,
            ["Bot:Archive:S3:SecretKey"] = S3TestServer.SecretKey,
            ["Bot:Archive:S3:Prefix"] = "kie-bot/",
            ["Bot:Archive:S3:CreateBucket"] = "true",
        });
        await bot.StartAsync();
        var orderId = await ArchiveKit.DeliveredOrderAsync(bot);

        var record = await ArchiveKit.RunUntilRecordAsync(bot, orderId);

        var expected = await ArchiveKit.DownloadAsync(bot, await ArchiveKit.ResultUrlAsync(bot, orderId));
        Assert.Equal(S3ResultStore.StoreName, record.Store);
        Assert.Equal(ArchiveKit.Sha256(expected), record.Sha256);
        Assert.False(Directory.Exists(Path.Combine(bot.Directory, "archive")));
        await using (var content = await bot.Services.GetRequiredService<IArchivedResults>().OpenAsync(orderId, 0))
        {
            Assert.NotNull(content);
            Assert.Equal(expected, await ArchiveKit.ReadAllAsync(content.Content));
            Assert.Equal(expected.Length, content.Length);
        }

        await OrderKit.RunUntilOutboxEmptyAsync(bot);
        var downloads = bot.Simulator!.CountRequests("_0.png");
        await bot.PressAsync(OrderScreens.Original(orderId, 0));
        await bot.RunUntilAsync(() => bot.Chat.MediaIn(BotHarness.UserId).Any(call => call.Media[0].Kind == MediaKind.Document), "the original");
        var upload = Assert.IsType<MediaSource.Upload>(bot.Chat.MediaIn(BotHarness.UserId).Single(call => call.Media[0].Kind == MediaKind.Document).Media[0].Source);
        await using var again = await upload.Open(CancellationToken.None);
        Assert.Equal(expected, await ArchiveKit.ReadAllAsync(again));
        Assert.Equal(downloads, bot.Simulator.CountRequests("_0.png"));
    }
}
