using System.Text;
using Kie.Samples.TelegramBot.Conversation;

namespace Kie.Samples.TelegramBot.Tests.Telegram;

/// <summary>Result files on the wire: single sends by URL, upload and file id, albums grouped the way Telegram allows.</summary>
public sealed class TelegramMediaTests : IDisposable
{
    private const long Chat = 31337;
    private static readonly Uri PhotoUrl = new("https://tempfile.example/result.png");
    private readonly AdapterHarness _adapter = AdapterHarness.Create();

    [Fact]
    public async Task A_photo_by_URL_is_sendPhoto_in_JSON_and_returns_the_largest_sizes_file_id()
    {
        var sent = await _adapter.Gateway.SendMediaAsync(Chat, [new OutgoingMedia(MediaKind.Photo, new MediaSource.FromUrl(PhotoUrl), "Your image")]);

        var call = Assert.Single(_adapter.Api.CallsTo("sendPhoto"));
        Assert.False(call.Multipart);
        Assert.Equal(Chat, call.Number("chat_id"));
        Assert.Equal(PhotoUrl.AbsoluteUri, call.Text("photo"));
        Assert.Equal("Your image", call.Text("caption"));
        Assert.False(call.Has("parse_mode"));
        var fileId = Assert.Single(sent.FileIds);
        Assert.Matches("^photo-[0-9]+-large$", fileId);
        Assert.Equal(Chat, Assert.Single(sent.Messages).ChatId);
    }

    [Fact]
    public async Task An_upload_is_multipart_with_the_bytes_and_the_file_name()
    {
        var bytes = Encoding.ASCII.GetBytes("\u0089PNG fake bytes");
        var opened = 0;
        var source = new MediaSource.Upload(_ => { opened++; return Task.FromResult<Stream>(new MemoryStream(bytes)); }, "result.png");

        await _adapter.Gateway.SendMediaAsync(Chat, [new OutgoingMedia(MediaKind.Document, source, "Original file")]);

        var call = Assert.Single(_adapter.Api.CallsTo("sendDocument"));
        Assert.True(call.Multipart);
        Assert.Equal("Original file", call.Text("caption"));
        var file = Assert.Single(call.Files.Values);
        Assert.Equal("result.png", file.FileName);
        Assert.Equal(bytes, file.Content);
        Assert.Equal(1, opened);
    }

    [Fact]
    public async Task A_stored_file_is_resent_by_its_file_id()
    {
        var sent = await _adapter.Gateway.SendMediaAsync(Chat, [new OutgoingMedia(MediaKind.Video, new MediaSource.Stored("BAADvideo-id"))]);

        var call = Assert.Single(_adapter.Api.CallsTo("sendVideo"));
        Assert.Equal("BAADvideo-id", call.Text("video"));
        Assert.Matches("^video-[0-9]+$", Assert.Single(sent.FileIds));
    }

    [Fact]
    public async Task Audio_goes_by_sendAudio()
    {
        await _adapter.Gateway.SendMediaAsync(Chat, [new OutgoingMedia(MediaKind.Audio, new MediaSource.FromUrl(new Uri("https://tempfile.example/a.mp3")))]);

        Assert.Single(_adapter.Api.CallsTo("sendAudio"));
    }

    [Fact]
    public async Task A_caption_longer_than_1024_characters_is_cut()
    {
        await _adapter.Gateway.SendMediaAsync(Chat, [new OutgoingMedia(MediaKind.Photo, new MediaSource.FromUrl(PhotoUrl), new string('c', 2000))]);

        var caption = Assert.Single(_adapter.Api.CallsTo("sendPhoto")).Text("caption")!;
        Assert.Equal(1024, caption.Length);
        Assert.EndsWith("…", caption, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Photos_and_videos_go_as_one_album_with_the_caption_on_the_first_item()
    {
        var sent = await _adapter.Gateway.SendMediaAsync(Chat,
        [
            new OutgoingMedia(MediaKind.Photo, new MediaSource.FromUrl(PhotoUrl), "Four results"),
            new OutgoingMedia(MediaKind.Video, new MediaSource.FromUrl(new Uri("https://tempfile.example/v.mp4"))),
            new OutgoingMedia(MediaKind.Photo, new MediaSource.Upload(_ => Task.FromResult<Stream>(new MemoryStream([1, 2, 3])), "a.png")),
            new OutgoingMedia(MediaKind.Photo, new MediaSource.Upload(_ => Task.FromResult<Stream>(new MemoryStream([4, 5, 6])), "a.png")),
        ]);

        var call = Assert.Single(_adapter.Api.CallsTo("sendMediaGroup"));
        var media = call.Body["media"]!.AsArray();
        Assert.Equal(["photo", "video", "photo", "photo"], media.Select(item => item!["type"]!.GetValue<string>()));
        Assert.Equal("Four results", media[0]!["caption"]!.GetValue<string>());
        Assert.Null(media[1]!["caption"]);
        Assert.Equal(2, call.Files.Count);
        Assert.Equal(2, call.Files.Values.Select(file => file.FileName).Distinct().Count());
        Assert.Equal(4, sent.FileIds.Count);
        Assert.Matches("^photo-[0-9]+-large$", sent.FileIds[0]);
        Assert.Matches("^video-[0-9]+$", sent.FileIds[1]);
        Assert.Equal(4, sent.Messages.Select(message => message.MessageId).Distinct().Count());
    }

    [Fact]
    public async Task Documents_are_never_mixed_with_photos_and_ids_come_back_in_the_callers_order()
    {
        var sent = await _adapter.Gateway.SendMediaAsync(Chat,
        [
            new OutgoingMedia(MediaKind.Photo, new MediaSource.FromUrl(PhotoUrl), "Preview"),
            new OutgoingMedia(MediaKind.Document, new MediaSource.FromUrl(new Uri("https://tempfile.example/original.zip"))),
            new OutgoingMedia(MediaKind.Photo, new MediaSource.FromUrl(PhotoUrl)),
        ]);

        Assert.Equal(["sendMediaGroup", "sendDocument"], _adapter.Api.Methods);
        Assert.Equal(2, _adapter.Api.CallsTo("sendMediaGroup")[0].Body["media"]!.AsArray().Count);
        Assert.Matches("^photo-", sent.FileIds[0]);
        Assert.Matches("^document-", sent.FileIds[1]);
        Assert.Matches("^photo-", sent.FileIds[2]);
    }

    [Fact]
    public async Task Eleven_photos_become_an_album_of_ten_and_a_single_photo()
    {
        var items = Enumerable.Range(0, 11).Select(_ => new OutgoingMedia(MediaKind.Photo, new MediaSource.FromUrl(PhotoUrl))).ToArray();

        var sent = await _adapter.Gateway.SendMediaAsync(Chat, items);

        Assert.Equal(["sendMediaGroup", "sendPhoto"], _adapter.Api.Methods);
        Assert.Equal(10, _adapter.Api.CallsTo("sendMediaGroup")[0].Body["media"]!.AsArray().Count);
        Assert.Equal(11, sent.FileIds.Count(id => id is not null));
    }

    [Fact]
    public async Task Two_audio_tracks_form_their_own_album()
    {
        await _adapter.Gateway.SendMediaAsync(Chat,
        [
            new OutgoingMedia(MediaKind.Audio, new MediaSource.FromUrl(new Uri("https://tempfile.example/1.mp3"))),
            new OutgoingMedia(MediaKind.Audio, new MediaSource.FromUrl(new Uri("https://tempfile.example/2.mp3"))),
        ]);

        var media = Assert.Single(_adapter.Api.CallsTo("sendMediaGroup")).Body["media"]!.AsArray();
        Assert.All(media, item => Assert.Equal("audio", item!["type"]!.GetValue<string>()));
    }

    public void Dispose() => _adapter.Dispose();
}
