using System.Text;
using System.Text.RegularExpressions;
using WireMock;
using WireMock.Server;

namespace Kie.Sdk.Tests.Contract;

/// <summary>The three upload endpoints on the upload host (a separate WireMock server from the API host).</summary>
public sealed partial class UploadContractTests : IDisposable
{
    private const string UploadedData =
        """{"fileName":"cat-1.png","filePath":"kie-sdk/cat-1.png","downloadUrl":"https://tempfile.redpandaai.co/k1/kie-sdk/cat-1.png","fileSize":20480,"mimeType":"image/png","uploadedAt":"2026-01-05T10:00:00.000Z"}""";

    private readonly WireMockServer _api = WireMockServer.Start();
    private readonly WireMockServer _upload = WireMockServer.Start();

    public void Dispose()
    {
        _api.Dispose();
        _upload.Dispose();
    }

    private static string UploadEnvelope(string data = UploadedData) =>
        $$"""{"success":true,"code":200,"msg":"File uploaded successfully","data":{{data}}}""";

    private ContractClient CreateClient(ClientPath path = ClientPath.Options, Action<KieClientOptions>? configure = null) =>
        ContractClient.Create(path, _api, options =>
        {
            options.UploadBaseUrl = new Uri(_upload.Url!);
            options.UploadPath = "bot/uploads";
            configure?.Invoke(options);
        });

    private static void AssertUploaded(KieUploadedFile file)
    {
        Assert.Equal(new Uri("https://tempfile.redpandaai.co/k1/kie-sdk/cat-1.png"), file.Url);
        Assert.Equal("cat-1.png", file.FileName);
        Assert.Equal("kie-sdk/cat-1.png", file.FilePath);
        Assert.Equal(20480, file.Size);
        Assert.Equal("image/png", file.MimeType);
        Assert.Equal(new DateTimeOffset(2026, 1, 5, 10, 0, 0, TimeSpan.Zero), file.UploadedAt);
    }

    [Theory]
    [InlineData(ClientPath.DependencyInjection)]
    [InlineData(ClientPath.Options)]
    public async Task Stream_upload_is_multipart_with_file_uploadPath_and_fileName_on_the_upload_host(ClientPath path)
    {
        _upload.Stub(Wire.Post(Wire.StreamUploadPath), Wire.Reply(200, UploadEnvelope()));
        using var kie = CreateClient(path);
        var bytes = Encoding.ASCII.GetBytes("PNG-BYTES-0123456789");

        var file = await kie.Client.UploadFileAsync(new MemoryStream(bytes), "cat.png");

        AssertUploaded(file);
        Assert.Empty(_api.ReceivedAll());
        var sent = Assert.Single(_upload.Received(Wire.StreamUploadPath));
        Assert.Equal("POST", sent.Method);
        Assert.Equal("Bearer " + ContractClient.ApiKey, sent.Header("Authorization"));
        var parts = Multipart(sent);
        Assert.Equal(["file", "uploadPath", "fileName"], parts.Select(part => part.Name));
        Assert.Equal("PNG-BYTES-0123456789", parts[0].Content);
        Assert.Equal("image/png", parts[0].ContentType);
        Assert.Equal("bot/uploads", parts[1].Content);
        Assert.Matches(UniqueCatPng(), parts[2].Content);
        Assert.Equal(parts[2].Content, parts[0].FileName);
    }

    [Fact]
    public async Task Base64_upload_posts_base64Data_uploadPath_and_fileName_as_json()
    {
        _upload.Stub(Wire.Post(Wire.Base64UploadPath), Wire.Reply(200, UploadEnvelope()));
        using var kie = CreateClient();
        const string data = "data:image/png;base64,iVBORw0KGgo=";

        var file = await kie.Client.UploadBase64Async(data, "cat.png");

        AssertUploaded(file);
        var sent = Assert.Single(_upload.Received(Wire.Base64UploadPath));
        Assert.Equal("POST", sent.Method);
        Wire.AssertApiHeaders(sent, json: true);
        var body = sent.JsonBody();
        Assert.Equal(["base64Data", "uploadPath", "fileName"], body.PropertyNames());
        Assert.Equal(data, body.GetProperty("base64Data").GetString());
        Assert.Equal("bot/uploads", body.GetProperty("uploadPath").GetString());
        Assert.Matches(UniqueCatPng(), body.GetProperty("fileName").GetString());
    }

    [Fact]
    public async Task Url_upload_posts_fileUrl_uploadPath_and_a_name_taken_from_the_url()
    {
        _upload.Stub(Wire.Post(Wire.UrlUploadPath), Wire.Reply(200, UploadEnvelope()));
        using var kie = CreateClient();

        var file = await kie.Client.UploadFromUrlAsync(new Uri("https://example.org/pics/cat.png?size=large"));

        AssertUploaded(file);
        var sent = Assert.Single(_upload.Received(Wire.UrlUploadPath));
        Wire.AssertApiHeaders(sent, json: true);
        var body = sent.JsonBody();
        Assert.Equal(["fileUrl", "uploadPath", "fileName"], body.PropertyNames());
        Assert.Equal("https://example.org/pics/cat.png?size=large", body.GetProperty("fileUrl").GetString());
        Assert.Equal("bot/uploads", body.GetProperty("uploadPath").GetString());
        Assert.Matches(UniqueCatPng(), body.GetProperty("fileName").GetString());
    }

    [Fact]
    public async Task Two_uploads_of_the_same_name_get_different_file_names_with_the_same_extension()
    {
        _upload.Stub(Wire.Post(Wire.Base64UploadPath), Wire.Reply(200, UploadEnvelope()));
        using var kie = CreateClient();

        await kie.Client.UploadBase64Async("iVBORw0KGgo=", "cat.png");
        await kie.Client.UploadBase64Async("iVBORw0KGgo=", "cat.png");

        var names = _upload.Received(Wire.Base64UploadPath).Select(sent => sent.JsonBody().GetProperty("fileName").GetString()!).ToList();
        Assert.Equal(2, names.Count);
        Assert.NotEqual(names[0], names[1]);
        Assert.All(names, name => Assert.EndsWith(".png", name, StringComparison.Ordinal));
        Assert.All(names, name => Assert.Matches(UniqueCatPng(), name));
    }

    [Fact]
    public async Task Upload_answer_uses_data_downloadUrl_even_when_other_url_fields_exist()
    {
        _upload.Stub(
            Wire.Post(Wire.Base64UploadPath),
            Wire.Reply(200, UploadEnvelope("""{"fileUrl":"https://wrong.example/f.png","downloadUrl":"https://tempfile.redpandaai.co/right.png"}""")));
        using var kie = CreateClient();

        var file = await kie.Client.UploadBase64Async("iVBORw0KGgo=", "cat.png");

        Assert.Equal(new Uri("https://tempfile.redpandaai.co/right.png"), file.Url);
        Assert.Null(file.Size);
    }

    [Fact]
    public async Task Base64_larger_than_the_limit_is_refused_before_any_request()
    {
        _upload.Stub(Wire.Post(Wire.Base64UploadPath), Wire.Reply(200, UploadEnvelope()));
        using var kie = CreateClient(configure: options => options.MaxBase64UploadBytes = 8);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => kie.Client.UploadBase64Async(Convert.ToBase64String(new byte[9]), "cat.png"));

        Assert.Equal("base64Data", error.ParamName);
        Assert.Contains("MaxBase64UploadBytes", error.Message, StringComparison.Ordinal);
        Assert.Empty(_upload.ReceivedAll());
        Assert.Empty(_api.ReceivedAll());
    }

    [Theory]
    [InlineData("not base64!!")]
    [InlineData("abc")]
    [InlineData("data:image/png,iVBORw0KGgo=")]
    public async Task Invalid_base64_is_refused_before_any_request(string data)
    {
        using var kie = CreateClient();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => kie.Client.UploadBase64Async(data, "cat.png"));

        Assert.Equal("base64Data", error.ParamName);
        Assert.Empty(_upload.ReceivedAll());
    }

    [Fact]
    public async Task Upload_host_error_is_mapped_from_its_envelope()
    {
        _upload.Stub(
            Wire.Post(Wire.UrlUploadPath),
            Wire.Reply(400, """{"success":false,"code":400,"msg":"uploadPath is required","data":null}"""));
        using var kie = CreateClient();

        var error = await Assert.ThrowsAsync<KieValidationException>(() => kie.Client.UploadFromUrlAsync(new Uri("https://example.org/a.png")));

        Assert.Equal(400, error.KieCode);
        Assert.Equal("uploadPath is required", error.KieMessage);
        Assert.Single(_upload.Received(Wire.UrlUploadPath));
    }

    [Fact]
    public async Task Upload_success_without_a_download_url_is_an_unknown_submission()
    {
        _upload.Stub(Wire.Post(Wire.UrlUploadPath), Wire.Reply(200, UploadEnvelope("""{"fileName":"x.png"}""")));
        using var kie = CreateClient();

        var error = await Assert.ThrowsAsync<KieSubmissionUnknownException>(() => kie.Client.UploadFromUrlAsync(new Uri("https://example.org/a.png")));

        Assert.IsType<KieInvalidResponseException>(error.InnerException);
    }

    [GeneratedRegex("^cat-[0-9a-f]{32}\\.png$")]
    private static partial Regex UniqueCatPng();

    private sealed record Part(string Name, string? FileName, string? ContentType, string Content);

    /// <summary>Splits a multipart/form-data body into its parts (text content only, which is all these tests send).</summary>
    private static List<Part> Multipart(IRequestMessage message)
    {
        var contentType = message.Header("Content-Type");
        Assert.NotNull(contentType);
        Assert.StartsWith("multipart/form-data", contentType, StringComparison.Ordinal);
        var boundary = BoundaryOf().Match(contentType).Groups[1].Value.Trim('"');
        var body = message.BodyAsBytes is { Length: > 0 } bytes ? Encoding.UTF8.GetString(bytes) : message.Body ?? string.Empty;
        var parts = new List<Part>();
        foreach (var chunk in body.Split("--" + boundary).Skip(1))
        {
            if (chunk.StartsWith("--", StringComparison.Ordinal))
            {
                break;
            }

            var split = chunk.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            var headers = chunk[..split];
            var content = chunk[(split + 4)..];
            content = content.EndsWith("\r\n", StringComparison.Ordinal) ? content[..^2] : content;
            var disposition = headers.Split("\r\n").Single(line => line.StartsWith("Content-Disposition", StringComparison.OrdinalIgnoreCase));
            var name = NameOf().Match(disposition).Groups[1].Value;
            var fileName = FileNameOf().Match(disposition) is { Success: true } match ? match.Groups[1].Value : null;
            var type = headers.Split("\r\n").FirstOrDefault(line => line.StartsWith("Content-Type", StringComparison.OrdinalIgnoreCase))?.Split(':', 2)[1].Trim();
            parts.Add(new Part(name, fileName, type, content));
        }

        return parts;
    }

    [GeneratedRegex("boundary=([^;]+)")]
    private static partial Regex BoundaryOf();

    [GeneratedRegex("[; ]name=\"?([^\";]+)\"?")]
    private static partial Regex NameOf();

    [GeneratedRegex("[; ]filename=\"?([^\";]+)\"?")]
    private static partial Regex FileNameOf();
}
