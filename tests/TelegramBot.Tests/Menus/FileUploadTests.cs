using System.Text.Json.Nodes;
using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Tests.Support;

namespace Kie.Samples.TelegramBot.Tests.Menus;

public sealed class FileUploadTests
{
    private const string KieUploadHost = "https://tempfile.redpandaai.co/kieai/";
    private static readonly byte[] Photo = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4];

    [Fact]
    public async Task A_photo_for_a_url_parameter_is_uploaded_to_kie_and_its_hosted_url_becomes_the_value()
    {
        await using var bot = BotHarness.Create();
        await MenuKit.OpenAsync(bot, "kling-2.1", "image-to-video");
        await bot.SendTextAsync("the photo comes alive");
        Assert.Contains("Send a photo or file for image_url", MenuKit.Last(bot).Text, StringComparison.Ordinal);

        await bot.SendFileAsync(Photo, SentFileKind.Photo);

        var url = (await MenuKit.SessionAsync(bot)).Parameters["image_url"]!.GetValue<string>();
        Assert.StartsWith(KieUploadHost, url, StringComparison.Ordinal);
        Assert.EndsWith(".jpg", url, StringComparison.Ordinal);
        Assert.Equal(1, bot.Simulator!.CountRequests("file-stream-upload"));
        Assert.Contains("• image_url*: 📎 file", MenuKit.Last(bot).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_list_of_files_takes_several_and_finishes_with_done()
    {
        await using var bot = BotHarness.Create();
        await MenuKit.OpenAsync(bot, "nano-banana", "edit");
        await bot.SendTextAsync("put them side by side");

        await bot.SendFileAsync(Photo, SentFileKind.Photo);
        Assert.Contains("Received 1 of up to 10", MenuKit.Last(bot).Text, StringComparison.Ordinal);
        await bot.SendFileAsync(Photo, SentFileKind.Document, fileName: "second.png", mediaType: "image/png");
        Assert.Contains("Received 2 of up to 10", MenuKit.Last(bot).Text, StringComparison.Ordinal);
        Assert.Equal("image_urls", (await MenuKit.SessionAsync(bot)).Awaiting);

        await bot.PressAsync(MenuKit.Done("image_urls"));

        var urls = ((JsonArray)(await MenuKit.SessionAsync(bot)).Parameters["image_urls"]!).Select(node => node!.GetValue<string>()).ToArray();
        Assert.Equal(2, urls.Length);
        Assert.All(urls, url => Assert.StartsWith(KieUploadHost, url, StringComparison.Ordinal));
        Assert.NotEqual(urls[0], urls[1]);
        Assert.EndsWith(".png", urls[1], StringComparison.Ordinal);
        Assert.Contains("• image_urls*: 2 files", MenuKit.Last(bot).Text, StringComparison.Ordinal);
        Assert.Null((await MenuKit.SessionAsync(bot)).Awaiting);
    }

    [Fact]
    public async Task A_full_list_moves_on_by_itself()
    {
        await using var bot = BotHarness.Create();
        await MenuKit.OpenAsync(bot, "sora-2", "image-to-video");
        await bot.SendTextAsync("slow zoom");

        await bot.SendFileAsync(Photo, SentFileKind.Photo);

        Assert.Single((JsonArray)(await MenuKit.SessionAsync(bot)).Parameters["image_urls"]!);
        Assert.Contains("Choose upload_method:", MenuKit.Last(bot).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_typed_link_is_accepted_for_a_url_parameter_and_other_text_is_refused()
    {
        await using var bot = BotHarness.Create();
        await MenuKit.OpenAsync(bot, "recraft", "remove-background");

        await bot.SendTextAsync("my photo");
        Assert.Contains("is not an absolute http(s) URL", MenuKit.Last(bot).Text, StringComparison.Ordinal);

        await bot.SendTextAsync("https://example.com/cat.png");
        Assert.Equal("https://example.com/cat.png", (await MenuKit.SessionAsync(bot)).Parameters["image"]!.GetValue<string>());
        Assert.Equal(0, bot.Simulator!.CountRequests("file-stream-upload"));
    }

    [Fact]
    public async Task A_file_that_cannot_be_fetched_is_asked_for_again()
    {
        await using var bot = BotHarness.Create();
        await MenuKit.OpenAsync(bot, "recraft", "upscale");

        await bot.HandleAsync(new FileReceived { ChatId = BotHarness.UserId, User = new BotUser(BotHarness.UserId, "Test"), Kind = SentFileKind.Photo, FileId = "gone" });

        Assert.Contains("couldn't take that file", MenuKit.Last(bot).Text, StringComparison.Ordinal);
        Assert.Equal("image", (await MenuKit.SessionAsync(bot)).Awaiting);
        Assert.Equal(0, bot.Simulator!.CountRequests("file-stream-upload"));
    }

    [Fact]
    public async Task A_file_where_none_is_expected_is_not_uploaded()
    {
        await using var bot = BotHarness.Create();
        await bot.SendTextAsync("/start");
        await bot.SendFileAsync(Photo);
        Assert.Contains("wasn't expecting a file", MenuKit.Last(bot).Text, StringComparison.Ordinal);

        await MenuKit.OpenAsync(bot, "z-image", "text-to-image");
        await bot.SendFileAsync(Photo);
        Assert.Contains("waiting for text for prompt", MenuKit.Last(bot).Text, StringComparison.Ordinal);

        Assert.Equal(0, bot.Simulator!.CountRequests("file-stream-upload"));
    }

    [Fact]
    public async Task A_file_over_twenty_megabytes_is_refused_before_download()
    {
        await using var bot = BotHarness.Create();
        await MenuKit.OpenAsync(bot, "recraft", "upscale");

        await bot.HandleAsync(new FileReceived { ChatId = BotHarness.UserId, User = new BotUser(BotHarness.UserId, "Test"), Kind = SentFileKind.Document, FileId = "big", Size = 21L * 1024 * 1024 });

        Assert.Contains("too large", MenuKit.Last(bot).Text, StringComparison.Ordinal);
        Assert.Equal(0, bot.Simulator!.CountRequests("file-stream-upload"));
    }
}
