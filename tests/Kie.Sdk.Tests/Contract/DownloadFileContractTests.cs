using System.Text;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Kie.Sdk.Tests.Contract;

/// <summary>DownloadFileAsync: storage hosts never see the key; a refused link is refreshed through download-url.</summary>
public sealed class DownloadFileContractTests : IDisposable
{
    private readonly WireMockServer _api = WireMockServer.Start();
    private readonly WireMockServer _storage = WireMockServer.Start();

    public void Dispose()
    {
        _api.Dispose();
        _storage.Dispose();
    }

    private static IResponseBuilder File(string text, string type) =>
        Response.Create().WithStatusCode(200).WithHeader("Content-Type", type).WithBody(Encoding.ASCII.GetBytes(text));

    private static async Task<string> ReadAllAsync(KieFileDownload download)
    {
        using var reader = new StreamReader(download.Content, Encoding.ASCII);
        return await reader.ReadToEndAsync();
    }

    [Theory]
    [InlineData(ClientPath.DependencyInjection)]
    [InlineData(ClientPath.Options)]
    public async Task Fetches_the_file_with_no_Authorization_header(ClientPath path)
    {
        _storage.Stub(Wire.Get("/s/ab12.png"), File("PNG-CONTENT", "image/png"));
        using var kie = ContractClient.Create(path, _api);
        var url = new Uri(new Uri(_storage.Url!), "/s/ab12.png");

        await using var download = await kie.Client.DownloadFileAsync(url);

        Assert.Equal("PNG-CONTENT", await ReadAllAsync(download));
        Assert.Equal("image/png", download.ContentType);
        Assert.Equal(url, download.Source);
        var sent = Assert.Single(_storage.ReceivedAll());
        Assert.Equal("GET", sent.Method);
        Assert.Null(sent.Header("Authorization"));
        Assert.Empty(_api.ReceivedAll());
    }

    [Theory]
    [InlineData(ClientPath.DependencyInjection, 403)]
    [InlineData(ClientPath.Options, 403)]
    [InlineData(ClientPath.Options, 404)]
    public async Task A_refused_link_is_refreshed_through_download_url_and_fetched_again_without_the_key(ClientPath path, int refusal)
    {
        _storage.Stub(Wire.Get("/s/ab12.mp4"), Response.Create().WithStatusCode(refusal).WithBody("<html>Forbidden</html>"));
        _storage.Stub(Wire.Get("/signed/ab12.mp4"), File("MP4-CONTENT", "video/mp4"));
        var original = new Uri(new Uri(_storage.Url!), "/s/ab12.mp4");
        var signed = new Uri(new Uri(_storage.Url!), "/signed/ab12.mp4?sig=xyz");
        _api.Stub(Wire.Post(Wire.DownloadUrlPath), Wire.Reply(200, Wire.Envelope($"\"{signed}\"")));
        using var kie = ContractClient.Create(path, _api);

        await using var download = await kie.Client.DownloadFileAsync(original);

        Assert.Equal("MP4-CONTENT", await ReadAllAsync(download));
        Assert.Equal("video/mp4", download.ContentType);
        Assert.Equal(signed, download.Source);
        var refresh = Assert.Single(_api.Received(Wire.DownloadUrlPath));
        Wire.AssertApiHeaders(refresh, json: true);
        Assert.Equal(original.AbsoluteUri, refresh.JsonBody().GetProperty("url").GetString());
        var fetches = _storage.ReceivedAll();
        Assert.Equal(["/s/ab12.mp4", "/signed/ab12.mp4"], fetches.Select(fetch => fetch.Path));
        Assert.All(fetches, fetch => Assert.Null(fetch.Header("Authorization")));
        Assert.Equal("xyz", Assert.Single(fetches[1].Query!["sig"]));
    }

    [Fact]
    public async Task A_link_refused_again_after_refreshing_fails_with_the_status()
    {
        _storage.Stub(Wire.Get("/s/gone.png"), Response.Create().WithStatusCode(403));
        _api.Stub(Wire.Post(Wire.DownloadUrlPath), Wire.Reply(200, Wire.Envelope($"\"{_storage.Url}/s/gone.png\"")));
        using var kie = ContractClient.Create(ClientPath.Options, _api);

        var error = await Assert.ThrowsAsync<KieApiException>(() => kie.Client.DownloadFileAsync(new Uri(_storage.Url + "/s/gone.png")));

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, error.HttpStatus);
        Assert.False(error.IsTransient);
        Assert.Equal(2, _storage.ReceivedAll().Count);
        Assert.Single(_api.Received(Wire.DownloadUrlPath));
    }
}
