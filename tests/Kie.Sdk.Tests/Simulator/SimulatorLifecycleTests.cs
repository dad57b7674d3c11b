using System.Net;
using System.Text.Json;

namespace Kie.Sdk.Tests.Simulator;

public sealed class SimulatorLifecycleTests
{
    [Fact]
    public async Task States_advance_with_the_fake_clock_and_the_result_downloads_as_a_png()
    {
        using var harness = new SimulatorHarness();
        var taskId = await harness.CreateTaskIdAsync(prompt: "a red bicycle");
        Assert.Matches("^[0-9a-f]{32}$", taskId);

        // Image timings: waiting 1 s, queuing 2 s, generating 8 s.
        Assert.Equal("waiting", await harness.StateAsync(taskId));
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("queuing", await harness.StateAsync(taskId));
        harness.Time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal("generating", await harness.StateAsync(taskId));
        harness.Time.Advance(TimeSpan.FromSeconds(7.9));
        Assert.Equal("generating", await harness.StateAsync(taskId));
        harness.Time.Advance(TimeSpan.FromSeconds(0.1));

        var data = await harness.RecordDataAsync(taskId);
        Assert.Equal("success", data.GetProperty("state").GetString());
        using var result = JsonDocument.Parse(data.GetProperty("resultJson").GetString()!);
        var url = result.RootElement.GetProperty("resultUrls")[0].GetString()!;
        Assert.StartsWith("https://tempfile.aiquickdraw.com/", url, StringComparison.Ordinal);

        using var response = await harness.Storage.GetAsync(new Uri(url));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, bytes[..8]);
    }

    [Fact]
    public async Task The_record_has_KIE_shapes_json_in_strings_and_unix_milliseconds()
    {
        using var harness = new SimulatorHarness();
        var taskId = await harness.CreateTaskIdAsync(prompt: "a cat", callbackUrl: "https://example.org/hook");

        var running = await harness.RecordDataAsync(taskId);
        Assert.Equal(taskId, running.GetProperty("taskId").GetString());
        Assert.Equal("google/nano-banana", running.GetProperty("model").GetString());
        Assert.Equal(string.Empty, running.GetProperty("resultJson").GetString());
        Assert.Equal(JsonValueKind.Null, running.GetProperty("completeTime").ValueKind);
        Assert.Equal(JsonValueKind.Null, running.GetProperty("creditsConsumed").ValueKind);
        Assert.Equal(SimulatorHarness.Start.ToUnixTimeMilliseconds(), running.GetProperty("createTime").GetInt64());

        using var param = JsonDocument.Parse(running.GetProperty("param").GetString()!);
        Assert.Equal("google/nano-banana", param.RootElement.GetProperty("model").GetString());
        Assert.Equal("https://example.org/hook", param.RootElement.GetProperty("callBackUrl").GetString());
        Assert.Equal("a cat", param.RootElement.GetProperty("input").GetProperty("prompt").GetString());

        harness.Time.Advance(TimeSpan.FromSeconds(30));
        var done = await harness.RecordDataAsync(taskId);
        var completedAt = SimulatorHarness.Start.AddSeconds(11).ToUnixTimeMilliseconds();
        Assert.Equal(completedAt, done.GetProperty("completeTime").GetInt64());
        Assert.Equal(completedAt, done.GetProperty("updateTime").GetInt64());
        Assert.Equal(4m, done.GetProperty("creditsConsumed").GetDecimal());
        Assert.Equal(11, done.GetProperty("costTime").GetInt64());
        Assert.Equal(string.Empty, done.GetProperty("failCode").GetString());
    }

    [Fact]
    public async Task Input_keys_and_values_are_kept_verbatim()
    {
        using var harness = new SimulatorHarness();
        const string body = """{"model":"bytedance/seedream","input":{"prompt":"x","image_size":"landscape_16_9","Max_Images":1,"nested":{"a":[1,2.50]}}}""";
        var (_, created) = await harness.SendJsonAsync(HttpMethod.Post, "/api/v1/jobs/createTask", body);
        var taskId = created.GetProperty("data").GetProperty("taskId").GetString()!;

        var task = harness.Simulator.FindTask(taskId)!;
        Assert.Equal("""{"prompt":"x","image_size":"landscape_16_9","Max_Images":1,"nested":{"a":[1,2.50]}}""", task.Input.GetRawText());
        var param = (await harness.RecordDataAsync(taskId)).GetProperty("param").GetString()!;
        Assert.Contains("\"nested\":{\"a\":[1,2.50]}", param, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Credits_are_deducted_once_however_often_the_task_is_polled()
    {
        using var harness = new SimulatorHarness(options => options.PriceOf = (_, _) => 7.5m);
        var taskId = await harness.CreateTaskIdAsync();
        Assert.Equal(1000m, await harness.CreditsAsync());

        harness.Time.Advance(TimeSpan.FromSeconds(20));
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal("success", await harness.StateAsync(taskId));
        }

        Assert.Equal(992.5m, await harness.CreditsAsync());
        Assert.Equal(992.5m, harness.Simulator.Credits);
        Assert.Equal(7.5m, harness.Simulator.FindTask(taskId)!.CreditsCharged);
    }

    [Fact]
    public async Task A_finished_task_is_charged_even_when_nobody_polls_it()
    {
        using var harness = new SimulatorHarness();
        await harness.CreateTaskIdAsync("kling/v2-1-pro", "a wave");

        var task = harness.Simulator.Tasks.Single();
        harness.Time.Advance(TimeSpan.FromSeconds(69));
        Assert.Equal(0m, task.CreditsCharged);
        harness.Time.Advance(TimeSpan.FromSeconds(1));

        // Video: 2 + 8 + 60 s, 60 credits by default. The clock's timer settled it (CreditsCharged reads no clock,
        // polls nothing); no request was made.
        Assert.Equal(60m, task.CreditsCharged);
        Assert.Equal(940m, harness.Simulator.Credits);
        Assert.Equal(1, harness.Simulator.CountRequests("/createTask"));
        Assert.Equal(0, harness.Simulator.CountRequests("/recordInfo"));
    }

    [Fact]
    public async Task Video_and_audio_results_have_their_own_file_types()
    {
        using var harness = new SimulatorHarness();
        var video = await harness.CreateTaskIdAsync("kling/v2-1-pro", "waves");
        var audio = await harness.CreateTaskIdAsync("elevenlabs/text-to-speech", "hello");
        harness.Time.Advance(TimeSpan.FromMinutes(2));

        var videoUrl = harness.Simulator.FindTask(video)!.ResultUrls.Single();
        var audioUrl = harness.Simulator.FindTask(audio)!.ResultUrls.Single();
        using var videoResponse = await harness.Storage.GetAsync(videoUrl);
        using var audioResponse = await harness.Storage.GetAsync(audioUrl);

        Assert.Equal("video/mp4", videoResponse.Content.Headers.ContentType?.MediaType);
        Assert.Equal("ftyp"u8.ToArray(), (await videoResponse.Content.ReadAsByteArrayAsync())[4..8]);
        Assert.Equal("audio/wav", audioResponse.Content.Headers.ContentType?.MediaType);
        var wav = await audioResponse.Content.ReadAsByteArrayAsync();
        Assert.Equal("RIFF"u8.ToArray(), wav[..4]);
        Assert.Equal("WAVE"u8.ToArray(), wav[8..12]);
    }

    [Fact]
    public async Task Result_count_follows_the_inputs_num_images()
    {
        using var harness = new SimulatorHarness();
        const string body = """{"model":"google/imagen4","input":{"prompt":"x","num_images":"3"}}""";
        var (_, created) = await harness.SendJsonAsync(HttpMethod.Post, "/api/v1/jobs/createTask", body);
        var taskId = created.GetProperty("data").GetProperty("taskId").GetString()!;
        Assert.Empty(harness.Simulator.FindTask(taskId)!.ResultUrls);

        harness.Time.Advance(TimeSpan.FromMinutes(1));

        var task = harness.Simulator.FindTask(taskId)!;
        Assert.Equal(3, task.ResultUrls.Count);
        Assert.Equal(3, task.ResultUrls.Distinct().Count());
    }

    [Fact]
    public async Task A_result_url_is_not_served_before_its_task_succeeds()
    {
        using var harness = new SimulatorHarness();
        var taskId = await harness.CreateTaskIdAsync();
        var url = new Uri($"https://tempfile.aiquickdraw.com/s/{taskId}_0.png");

        using (var early = await harness.Storage.GetAsync(url))
        {
            Assert.Equal(HttpStatusCode.NotFound, early.StatusCode);
        }

        harness.Time.Advance(TimeSpan.FromSeconds(11));
        using var late = await harness.Storage.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
    }

    [Fact]
    public async Task Task_ids_are_repeatable_across_simulators()
    {
        using var first = new SimulatorHarness();
        using var second = new SimulatorHarness();

        Assert.Equal(await first.CreateTaskIdAsync(), await second.CreateTaskIdAsync());
        Assert.NotEqual(await first.CreateTaskIdAsync(), first.Simulator.Tasks.First().TaskId);
    }
}
