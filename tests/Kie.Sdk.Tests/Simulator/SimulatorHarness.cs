using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kie.Sdk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Kie.Sdk.Tests.Simulator;

/// <summary>A simulator on a fake clock, with a raw HttpClient that sends the key like the SDK does.</summary>
internal sealed class SimulatorHarness : IDisposable
{
    public const string ApiKey = "test-key-123";
    public static readonly DateTimeOffset Start = new(2026, 1, 5, 10, 0, 0, TimeSpan.Zero);

    public SimulatorHarness(Action<KieSimulatorOptions>? configure = null)
    {
        var options = new KieSimulatorOptions { TimeProvider = Time, ApiKey = ApiKey };
        configure?.Invoke(options);
        Simulator = new KieSimulator(options);
        Api = Simulator.CreateHttpClient();
        Api.BaseAddress = Simulator.BaseUrl;
        Api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
        Storage = Simulator.CreateHttpClient();
    }

    public FakeTimeProvider Time { get; } = new(Start);

    public KieSimulator Simulator { get; }

    /// <summary>Sends the Bearer key; base address api.kie.ai.</summary>
    public HttpClient Api { get; }

    /// <summary>Sends no key, as a client must towards storage hosts.</summary>
    public HttpClient Storage { get; }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static string CreateBody(string model = "google/nano-banana", string prompt = "a red bicycle", string? callbackUrl = null)
    {
        var body = new JsonObject { ["model"] = model, ["input"] = new JsonObject { ["prompt"] = prompt } };
        if (callbackUrl is not null)
        {
            body["callBackUrl"] = callbackUrl;
        }

        return body.ToJsonString();
    }

    public async Task<(HttpStatusCode Status, JsonElement Body)> SendJsonAsync(HttpMethod method, string path, string? json = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = json is null ? null : Json(json) };
        using var response = await Api.SendAsync(request);
        return (response.StatusCode, await ReadAsync(response));
    }

    public Task<(HttpStatusCode Status, JsonElement Body)> CreateAsync(string model = "google/nano-banana", string prompt = "a red bicycle", string? callbackUrl = null) =>
        SendJsonAsync(HttpMethod.Post, "/api/v1/jobs/createTask", CreateBody(model, prompt, callbackUrl));

    /// <summary>Creates a task and returns its id, failing the test when creation fails.</summary>
    public async Task<string> CreateTaskIdAsync(string model = "google/nano-banana", string prompt = "a red bicycle", string? callbackUrl = null)
    {
        var (status, body) = await CreateAsync(model, prompt, callbackUrl);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(200, body.GetProperty("code").GetInt32());
        return body.GetProperty("data").GetProperty("taskId").GetString()!;
    }

    public Task<(HttpStatusCode Status, JsonElement Body)> RecordAsync(string taskId) =>
        SendJsonAsync(HttpMethod.Get, $"/api/v1/jobs/recordInfo?taskId={Uri.EscapeDataString(taskId)}");

    /// <summary>The recordInfo <c>data</c> of a task, failing the test on any error.</summary>
    public async Task<JsonElement> RecordDataAsync(string taskId)
    {
        var (status, body) = await RecordAsync(taskId);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(200, body.GetProperty("code").GetInt32());
        return body.GetProperty("data");
    }

    public async Task<string> StateAsync(string taskId) => (await RecordDataAsync(taskId)).GetProperty("state").GetString()!;

    public async Task<decimal> CreditsAsync()
    {
        var (_, body) = await SendJsonAsync(HttpMethod.Get, "/api/v1/chat/credit");
        return body.GetProperty("data").GetDecimal();
    }

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public void Dispose()
    {
        Api.Dispose();
        Storage.Dispose();
        Simulator.Dispose();
    }
}
