using Kie.Sdk.Catalog;

namespace Kie.Sdk.Tests.Catalog;

/// <summary>CreateTaskAsync with a catalog: refuse bad input before any HTTP call; let unknown models through.</summary>
public sealed class ClientCatalogTests : IDisposable
{
    private readonly CountingHandler _handler = new();
    private readonly HttpClient _http;
    private readonly KieClient _client;

    public ClientCatalogTests()
    {
        _http = new HttpClient(_handler);
        _client = new KieClient(_http, new KieClientOptions { ApiKey = "k", CreateRateLimit = 0, Catalog = CatalogFixture.Embedded });
    }

    [Fact]
    public async Task Bad_input_is_refused_with_every_problem_and_no_http_request()
    {
        var request = new CreateTaskRequest("kling-2.6/text-to-video");
        request.Input.Set("prompt", "a cat").Set("sound", "maybe").Set("aspect_ratio", "4:3").Set("colour", "red");

        var error = await Assert.ThrowsAsync<KieValidationException>(() => _client.CreateTaskAsync(request));

        Assert.Equal(0, _handler.Count);
        Assert.Equal(["aspect_ratio", "colour", "duration", "sound"], error.Problems.Select(p => p.Field).Order(StringComparer.Ordinal));
        Assert.StartsWith("Input for model 'kling-2.6/text-to-video' is not valid: ", error.Message, StringComparison.Ordinal);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public async Task Bad_input_with_an_idempotency_key_is_refused_without_a_request()
    {
        var request = new CreateTaskRequest("z-image") { IdempotencyKey = "order-1" };
        request.Input.Set("prompt", "a");

        await Assert.ThrowsAsync<KieValidationException>(() => _client.CreateTaskAsync(request));
        request.Input.Set("aspect_ratio", "1:1");
        Assert.Equal("task-1", await _client.CreateTaskAsync(request));

        Assert.Equal(1, _handler.Count);
    }

    [Fact]
    public async Task Valid_input_is_sent_coerced_without_added_defaults()
    {
        var request = new CreateTaskRequest("hailuo/2-3-image-to-video-pro");
        request.Input.Set("prompt", "a").Set("image_url", "https://example.com/a.png").Set("resolution", "1080p").Set("duration", 6L);

        await _client.CreateTaskAsync(request);

        var body = Assert.Single(_handler.Bodies);
        Assert.Equal("""{"model":"hailuo/2-3-image-to-video-pro","input":{"prompt":"a","image_url":"https://example.com/a.png","resolution":"1080P","duration":"6"}}""", body.ToJsonString());
        Assert.Equal("""{"prompt":"a","image_url":"https://example.com/a.png","resolution":"1080p","duration":6}""", request.Input.ToString());
    }

    [Fact]
    public async Task A_model_not_in_the_catalog_passes_through_unchecked()
    {
        var request = new CreateTaskRequest("brand-new/model-of-tomorrow");
        request.Input.Set("anything", "goes").Set("count", 99L);

        Assert.Equal("task-1", await _client.CreateTaskAsync(request));

        Assert.Equal("""{"model":"brand-new/model-of-tomorrow","input":{"anything":"goes","count":99}}""", Assert.Single(_handler.Bodies).ToJsonString());
    }

    [Fact]
    public async Task A_disabled_model_is_refused()
    {
        var catalog = CatalogFixture.Embedded.WithOverride(CatalogFixture.Stream("""{"models":[{"id":"sora-2","enabled":false,"note":"removed by KIE on 2026-09-24"}]}"""));
        using var client = new KieClient(_http, new KieClientOptions { ApiKey = "k", CreateRateLimit = 0, Catalog = catalog });
        var request = new CreateTaskRequest("sora-2-text-to-video");
        request.Input.Set("prompt", "a").Set("upload_method", "s3");

        var error = await Assert.ThrowsAsync<KieValidationException>(() => client.CreateTaskAsync(request));

        Assert.Equal(0, _handler.Count);
        var problem = Assert.Single(error.Problems);
        Assert.Equal("model", problem.Field);
        Assert.Contains("is disabled in the catalog: removed by KIE on 2026-09-24", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Modes_sharing_an_api_id_accept_what_any_of_them_accepts()
    {
        var imageOnly = new CreateTaskRequest("bytedance/seedance-2");
        imageOnly.Input.Set("first_frame_url", "https://example.com/a.png").Set("resolution", "720p");
        var nothing = new CreateTaskRequest("bytedance/seedance-2");
        nothing.Input.Set("resolution", "720p");

        await _client.CreateTaskAsync(imageOnly);
        var error = await Assert.ThrowsAsync<KieValidationException>(() => _client.CreateTaskAsync(nothing));

        Assert.Equal(1, _handler.Count);
        Assert.Equal("prompt", Assert.Single(error.Problems).Field);
    }

    [Fact]
    public async Task Without_a_catalog_nothing_is_checked()
    {
        using var client = new KieClient(_http, new KieClientOptions { ApiKey = "k", CreateRateLimit = 0 });
        var request = new CreateTaskRequest("kling-2.6/text-to-video");
        request.Input.Set("colour", "red");

        await client.CreateTaskAsync(request);

        Assert.Equal(1, _handler.Count);
    }

    public void Dispose()
    {
        _client.Dispose();
        _http.Dispose();
    }
}
