using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Kie.Sdk.Tests.Simulator;

public sealed class SimulatorFileTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public async Task Download_url_signs_a_hosted_result_and_refuses_a_foreign_url()
    {
        using var harness = new SimulatorHarness();
        var taskId = await harness.CreateTaskIdAsync();
        harness.Time.Advance(TimeSpan.FromSeconds(11));
        var result = harness.Simulator.FindTask(taskId)!.ResultUrls[0];

        var (ownStatus, own) = await harness.SendJsonAsync(HttpMethod.Post, "/api/v1/common/download-url", new JsonObject { ["url"] = result.AbsoluteUri }.ToJsonString());
        var (_, foreign) = await harness.SendJsonAsync(HttpMethod.Post, "/api/v1/common/download-url", """{"url":"https://example.org/cat.png"}""");

        Assert.Equal(HttpStatusCode.OK, ownStatus);
        var link = new Uri(own.GetProperty("data").GetString()!);
        Assert.Equal(result.AbsolutePath, link.AbsolutePath);
        Assert.Contains("sig=", link.Query, StringComparison.Ordinal);
        Assert.Contains("expires=", link.Query, StringComparison.Ordinal);
        Assert.Equal(422, foreign.GetProperty("code").GetInt32());
        Assert.Equal("url is not a KIE file", foreign.GetProperty("msg").GetString());

        using var download = await harness.Storage.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
    }

    [Fact]
    public async Task A_signed_link_expires_after_20_minutes()
    {
        using var harness = new SimulatorHarness(options => options.ImageTimings = Kie.Sdk.Testing.KieSimulatorTimings.Instant);
        var taskId = await harness.CreateTaskIdAsync();
        var result = harness.Simulator.FindTask(taskId)!.ResultUrls[0];
        var (_, own) = await harness.SendJsonAsync(HttpMethod.Post, "/api/v1/common/download-url", new JsonObject { ["url"] = result.AbsoluteUri }.ToJsonString());
        var link = new Uri(own.GetProperty("data").GetString()!);

        harness.Time.Advance(TimeSpan.FromMinutes(21));
        using var expired = await harness.Storage.GetAsync(link);
        using var plain = await harness.Storage.GetAsync(result);

        Assert.Equal(HttpStatusCode.Forbidden, expired.StatusCode);
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
    }

    [Fact]
    public async Task A_file_the_simulator_never_issued_is_404()
    {
        using var harness = new SimulatorHarness();

        using var response = await harness.Storage.GetAsync("https://tempfile.redpandaai.co/kieai/nothing/here.png");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Stream_upload_takes_multipart_and_serves_the_bytes_back()
    {
        using var harness = new SimulatorHarness();
        var bytes = Enumerable.Range(0, 3000).Select(i => (byte)i).ToArray();
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(file, "file", "ref photo.png");
        form.Add(new StringContent("sdk/uploads"), "uploadPath");

        using var response = await harness.Api.PostAsync(new Uri(harness.Simulator.UploadBaseUrl, "/api/file-stream-upload"), form);
        var body = await SimulatorHarness.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body.GetProperty("success").GetBoolean());
        Assert.Equal("File uploaded successfully", body.GetProperty("msg").GetString());
        var data = body.GetProperty("data");
        Assert.Equal("ref photo.png", data.GetProperty("fileName").GetString());
        Assert.Equal("sdk/uploads/ref photo.png", data.GetProperty("filePath").GetString());
        Assert.Equal(3000, data.GetProperty("fileSize").GetInt64());
        Assert.Equal("image/png", data.GetProperty("mimeType").GetString());
        Assert.Equal("2026-01-05T10:00:00.000Z", data.GetProperty("uploadedAt").GetString());
        var url = new Uri(data.GetProperty("downloadUrl").GetString()!);
        Assert.Equal("tempfile.redpandaai.co", url.Host);
        Assert.Equal(bytes, await harness.Storage.GetByteArrayAsync(url));
    }

    [Fact]
    public async Task Stream_upload_takes_the_file_name_field_over_the_parts_name()
    {
        using var harness = new SimulatorHarness();
        using var form = new MultipartFormDataContent
        {
            { new StreamContent(new MemoryStream("hello"u8.ToArray())), "file", "ignored.bin" },
            { new StringContent("a/b"), "uploadPath" },
            { new StringContent("note.txt"), "fileName" },
        };

        using var response = await harness.Api.PostAsync("/api/file-stream-upload", form);
        var data = (await SimulatorHarness.ReadAsync(response)).GetProperty("data");

        Assert.Equal("note.txt", data.GetProperty("fileName").GetString());
        Assert.Equal("text/plain", data.GetProperty("mimeType").GetString());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Base64_upload_takes_raw_base64_or_a_data_url(bool dataUrl)
    {
        using var harness = new SimulatorHarness();
        var bytes = Encoding.UTF8.GetBytes("not really a png");
        var encoded = (dataUrl ? "data:image/png;base64," : string.Empty) + Convert.ToBase64String(bytes);
        var request = new JsonObject { ["base64Data"] = encoded, ["uploadPath"] = "sdk", ["fileName"] = "x.png" };

        var (status, body) = await harness.SendJsonAsync(HttpMethod.Post, "/api/file-base64-upload", request.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, status);
        var data = body.GetProperty("data");
        Assert.Equal("image/png", data.GetProperty("mimeType").GetString());
        Assert.Equal(bytes.Length, data.GetProperty("fileSize").GetInt32());
        Assert.Equal(bytes, await harness.Storage.GetByteArrayAsync(data.GetProperty("downloadUrl").GetString()));
    }

    [Fact]
    public async Task Base64_upload_refuses_bad_base64_with_400()
    {
        using var harness = new SimulatorHarness();

        var (status, body) = await harness.SendJsonAsync(HttpMethod.Post, "/api/file-base64-upload", """{"base64Data":"%%%","uploadPath":"sdk"}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.False(body.GetProperty("success").GetBoolean());
        Assert.Equal("base64Data is not valid base64.", body.GetProperty("msg").GetString());
    }

    [Fact]
    public async Task Url_upload_stores_a_placeholder_for_a_foreign_url_and_copies_a_hosted_one()
    {
        using var harness = new SimulatorHarness();

        var (_, foreign) = await harness.SendJsonAsync(HttpMethod.Post, "/api/file-url-upload", """{"fileUrl":"https://example.org/pics/cat.jpg","uploadPath":"sdk"}""");
        var foreignData = foreign.GetProperty("data");
        var placeholder = await harness.Storage.GetByteArrayAsync(foreignData.GetProperty("downloadUrl").GetString());
        Assert.Equal("cat.jpg", foreignData.GetProperty("fileName").GetString());
        Assert.Equal(PngSignature, placeholder[..8]);

        var hostedUrl = foreignData.GetProperty("downloadUrl").GetString();
        var (_, copy) = await harness.SendJsonAsync(HttpMethod.Post, "/api/file-url-upload", new JsonObject { ["fileUrl"] = hostedUrl, ["uploadPath"] = "copies", ["fileName"] = "again.png" }.ToJsonString());
        var copied = await harness.Storage.GetByteArrayAsync(copy.GetProperty("data").GetProperty("downloadUrl").GetString());
        Assert.Equal(placeholder, copied);
    }

    [Theory]
    [InlineData("/api/file-base64-upload", """{"base64Data":"aGk=","fileName":"a.txt"}""")]
    [InlineData("/api/file-url-upload", """{"fileUrl":"https://example.org/a.png"}""")]
    [InlineData("/api/file-url-upload", """{"fileUrl":"https://example.org/a.png","uploadPath":"/leading"}""")]
    public async Task Uploads_without_a_proper_upload_path_get_400(string path, string json)
    {
        using var harness = new SimulatorHarness();

        var (status, body) = await harness.SendJsonAsync(HttpMethod.Post, path, json);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(400, body.GetProperty("code").GetInt32());
        Assert.Contains("uploadPath", body.GetProperty("msg").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Multipart_upload_without_upload_path_gets_400()
    {
        using var harness = new SimulatorHarness();
        using var form = new MultipartFormDataContent { { new ByteArrayContent([1, 2, 3]), "file", "a.bin" } };

        using var response = await harness.Api.PostAsync("/api/file-stream-upload", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("uploadPath is required.", (await SimulatorHarness.ReadAsync(response)).GetProperty("msg").GetString());
    }

    [Fact]
    public async Task The_request_log_shows_which_requests_carried_a_key_and_never_holds_it()
    {
        using var harness = new SimulatorHarness(options => options.ImageTimings = Kie.Sdk.Testing.KieSimulatorTimings.Instant);
        var taskId = await harness.CreateTaskIdAsync();
        await harness.Storage.GetByteArrayAsync(harness.Simulator.FindTask(taskId)!.ResultUrls[0]);

        var log = harness.Simulator.Requests;

        Assert.Equal(2, log.Count);
        Assert.True(log[0].HasAuthorization);
        Assert.Equal("Bearer", log[0].AuthorizationScheme);
        Assert.Equal("/api/v1/jobs/createTask", log[0].Path);
        Assert.Contains("\"model\"", log[0].Body, StringComparison.Ordinal);
        Assert.Equal("tempfile.aiquickdraw.com", log[1].Host);
        Assert.False(log[1].HasAuthorization);
        Assert.DoesNotContain(log, entry => entry.ToString().Contains(SimulatorHarness.ApiKey, StringComparison.Ordinal));
        Assert.Equal(1, harness.Simulator.CountRequests(".png"));
    }

    [Fact]
    public async Task The_png_is_well_formed()
    {
        using var harness = new SimulatorHarness(options => options.ImageTimings = Kie.Sdk.Testing.KieSimulatorTimings.Instant);
        var taskId = await harness.CreateTaskIdAsync(prompt: "a lighthouse");
        var png = await harness.Storage.GetByteArrayAsync(harness.Simulator.FindTask(taskId)!.ResultUrls[0]);

        var chunks = PngChunks.Read(png);

        Assert.Equal(["IHDR", "IDAT", "IEND"], chunks.Select(chunk => chunk.Type));
        Assert.All(chunks, chunk => Assert.True(chunk.CrcMatches, $"{chunk.Type} CRC"));
        var header = chunks[0].Data;
        var width = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header);
        var height = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(4));
        Assert.Equal(PngChunks.Inflate(chunks[1].Data).Length, height * (1 + (width * 3)));
    }
}
