using Kie.Samples.TelegramBot.Archive;
using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Orders;
using Kie.Samples.TelegramBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Tests.Archive;

/// <summary>"Original file": sent from the archived copy when there is one, else through KIE, else as a fresh KIE link.</summary>
public sealed class OriginalFromArchiveTests
{
    [Fact]
    public async Task The_original_is_uploaded_from_the_archived_copy()
    {
        await using var bot = BotHarness.Create();
        await bot.StartAsync();
        var orderId = await ArchiveKit.DeliveredOrderAsync(bot);
        await ArchiveKit.RunUntilRecordAsync(bot, orderId);
        await OrderKit.RunUntilOutboxEmptyAsync(bot);

        // Mark the copy, so the upload shows where its bytes came from.
        var marked = "archived copy"u8.ToArray();
        await File.WriteAllBytesAsync(Path.Combine(bot.Directory, "archive", orderId, "0.png"), marked);
        var downloads = bot.Simulator!.CountRequests("_0.png");

        await bot.PressAsync(OrderScreens.Original(orderId, 0));
        var original = await RunUntilDocumentAsync(bot);

        var upload = Assert.IsType<MediaSource.Upload>(original.Media[0].Source);
        Assert.Equal(orderId + "-1.png", upload.FileName);
        await using var stream = await upload.Open(CancellationToken.None);
        Assert.Equal(marked, await ArchiveKit.ReadAllAsync(stream));
        Assert.Equal(downloads, bot.Simulator.CountRequests("_0.png"));
    }

    [Fact]
    public async Task Without_an_archived_copy_the_original_is_fetched_through_kie()
    {
        await using var bot = BotHarness.Create(new Dictionary<string, string?> { ["Bot:Archive:Enabled"] = "false" });
        await bot.StartAsync();
        var orderId = await ArchiveKit.DeliveredOrderAsync(bot);
        await OrderKit.RunUntilOutboxEmptyAsync(bot);
        var downloads = bot.Simulator!.CountRequests("_0.png");

        await bot.PressAsync(OrderScreens.Original(orderId, 0));
        var original = await RunUntilDocumentAsync(bot);

        Assert.IsType<MediaSource.Upload>(original.Media[0].Source);
        Assert.Equal(downloads + 1, bot.Simulator.CountRequests("_0.png"));
    }

    [Fact]
    public async Task When_the_archive_cannot_be_read_the_original_is_fetched_through_kie()
    {
        await using var bot = BotHarness.Create(configureServices: services => services.AddSingleton(provider =>
            new ArchiveStores(new UnreadableStore(new LocalResultStore(ArchiveStores.DefaultFolder(provider.GetRequiredService<Kie.Samples.TelegramBot.Hosting.BotOptions>().Database))))));
        await bot.StartAsync();
        var orderId = await ArchiveKit.DeliveredOrderAsync(bot);
        await ArchiveKit.RunUntilRecordAsync(bot, orderId);
        await OrderKit.RunUntilOutboxEmptyAsync(bot);
        var downloads = bot.Simulator!.CountRequests("_0.png");

        await bot.PressAsync(OrderScreens.Original(orderId, 0));
        var original = await RunUntilDocumentAsync(bot);

        Assert.IsType<MediaSource.Upload>(original.Media[0].Source);
        Assert.Equal(downloads + 1, bot.Simulator.CountRequests("_0.png"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_original_too_large_to_upload_is_sent_as_a_fresh_kie_download_link(bool archived)
    {
        await using var bot = BotHarness.Create(new Dictionary<string, string?>
        {
            ["Bot:Archive:Enabled"] = archived ? "true" : "false",
            ["Bot:Delivery:PhotoUploadMaxBytes"] = "16",
            ["Bot:Delivery:FileUploadMaxBytes"] = "16",
        });
        await bot.StartAsync();
        var orderId = await ArchiveKit.DeliveredOrderAsync(bot);
        if (archived)
        {
            await ArchiveKit.RunUntilRecordAsync(bot, orderId);
        }

        await OrderKit.RunUntilOutboxEmptyAsync(bot);
        var url = await ArchiveKit.ResultUrlAsync(bot, orderId);
        var linksBefore = bot.Simulator!.CountRequests("download-url");

        await bot.PressAsync(OrderScreens.Original(orderId, 0));
        string? text = null;
        await bot.RunUntilAsync(() => (text = bot.Chat.TextsIn(BotHarness.UserId).LastOrDefault(t => t.Contains(url.AbsolutePath, StringComparison.Ordinal))) is not null, "the link");

        Assert.Contains("too large", text, StringComparison.Ordinal);
        Assert.Contains("sig=", text, StringComparison.Ordinal);
        Assert.Contains("expires=", text, StringComparison.Ordinal);
        Assert.DoesNotContain(url.AbsoluteUri + "\n", text + "\n", StringComparison.Ordinal);
        Assert.Equal(linksBefore + 1, bot.Simulator.CountRequests("download-url"));
        Assert.DoesNotContain(bot.Chat.MediaIn(BotHarness.UserId), call => call.Media[0].Kind == MediaKind.Document);
    }

    /// <summary>Stores fine, but every read fails (the storage went down after the copy was made).</summary>
    private sealed class UnreadableStore(IResultStore inner) : IResultStore
    {
        public string Name => inner.Name;

        public bool AcceptsForwardOnlyContent => inner.AcceptsForwardOnlyContent;

        public Task PrepareAsync(CancellationToken cancellationToken = default) => inner.PrepareAsync(cancellationToken);

        public Task PutAsync(string key, Stream content, long length, string? contentType, CancellationToken cancellationToken = default) =>
            inner.PutAsync(key, content, length, contentType, cancellationToken);

        public Task<StoredObject?> OpenAsync(string key, CancellationToken cancellationToken = default) =>
            throw new IOException("storage unavailable");
    }

    private static async Task<GatewayCall> RunUntilDocumentAsync(BotHarness bot)
    {
        await bot.RunUntilAsync(() => bot.Chat.MediaIn(BotHarness.UserId).Any(call => call.Media[0].Kind == MediaKind.Document), "the original");
        return bot.Chat.MediaIn(BotHarness.UserId).Single(call => call.Media[0].Kind == MediaKind.Document);
    }
}
