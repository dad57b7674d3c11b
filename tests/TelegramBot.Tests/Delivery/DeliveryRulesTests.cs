using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Delivery;

namespace Kie.Samples.TelegramBot.Tests.Delivery;

public sealed class DeliveryRulesTests
{
    private const long MegaByte = 1024 * 1024;
    private static readonly DeliveryOptions Telegram = new();

    [Theory]
    [InlineData("https://tempfile.aiquickdraw.com/s/t_0.png", MediaKind.Photo)]
    [InlineData("https://x.example/a/B.JPEG?sig=1", MediaKind.Photo)]
    [InlineData("https://x.example/clip.mp4", MediaKind.Video)]
    [InlineData("https://x.example/song.mp3", MediaKind.Audio)]
    [InlineData("https://x.example/speech.wav", MediaKind.Audio)]
    [InlineData("https://x.example/anim.gif", MediaKind.Document)]
    [InlineData("https://x.example/model.glb", MediaKind.Document)]
    [InlineData("https://x.example/no-extension", MediaKind.Document)]
    public void The_kind_comes_from_the_result_file(string url, MediaKind kind) => Assert.Equal(kind, MediaKinds.FromUrl(new Uri(url)));

    [Fact]
    public void Telegrams_limits_are_the_defaults()
    {
        Assert.Equal((5 * MegaByte, 20 * MegaByte, 10 * MegaByte, 50 * MegaByte), (Telegram.PhotoByUrlMaxBytes, Telegram.FileByUrlMaxBytes, Telegram.PhotoUploadMaxBytes, Telegram.FileUploadMaxBytes));
    }

    [Theory]
    [InlineData(MediaKind.Photo, null, true)]
    [InlineData(MediaKind.Photo, 5 * MegaByte, true)]
    [InlineData(MediaKind.Photo, 5 * MegaByte + 1, false)]
    [InlineData(MediaKind.Video, 20 * MegaByte, true)]
    [InlineData(MediaKind.Video, 20 * MegaByte + 1, false)]
    [InlineData(MediaKind.Document, 6 * MegaByte, true)]
    public void A_url_is_offered_unless_the_file_is_known_to_be_too_large(MediaKind kind, long? size, bool byUrl) =>
        Assert.Equal(byUrl, DeliveryRoutes.ByUrl(kind, size, Telegram));

    [Theory]
    [InlineData(MediaKind.Photo, 10 * MegaByte, DeliveryRoute.Upload)]
    [InlineData(MediaKind.Photo, 10 * MegaByte + 1, DeliveryRoute.Document)]
    [InlineData(MediaKind.Photo, 50 * MegaByte + 1, DeliveryRoute.Link)]
    [InlineData(MediaKind.Video, 50 * MegaByte, DeliveryRoute.Upload)]
    [InlineData(MediaKind.Audio, 50 * MegaByte + 1, DeliveryRoute.Link)]
    [InlineData(MediaKind.Video, null, DeliveryRoute.Link)]
    public void A_downloaded_file_goes_up_as_itself_as_a_document_or_as_a_link(MediaKind kind, long? size, DeliveryRoute route) =>
        Assert.Equal(route, DeliveryRoutes.AfterDownload(kind, size, Telegram));

    [Theory]
    [InlineData(1, new[] { 1 })]
    [InlineData(10, new[] { 10 })]
    [InlineData(11, new[] { 6, 5 })]
    [InlineData(21, new[] { 7, 7, 7 })]
    [InlineData(25, new[] { 9, 8, 8 })]
    public void Albums_hold_at_most_ten_and_are_cut_evenly(int count, int[] sizes)
    {
        var files = Enumerable.Range(0, count).ToArray();

        var albums = AlbumPlan.Split(files, _ => MediaKind.Photo);

        Assert.Equal(sizes, albums.Select(album => album.Count));
        Assert.Equal(files, albums.SelectMany(album => album));
    }

    [Fact]
    public void Only_kinds_that_may_share_an_album_are_grouped()
    {
        var files = new[] { MediaKind.Photo, MediaKind.Audio, MediaKind.Video, MediaKind.Document, MediaKind.Audio, MediaKind.Document };

        var albums = AlbumPlan.Split(files, kind => kind);

        Assert.Equal(
            [[MediaKind.Photo, MediaKind.Video], [MediaKind.Audio, MediaKind.Audio], [MediaKind.Document, MediaKind.Document]],
            albums.Select(album => album.ToArray()));
    }
}
