using Kie.Sdk.Catalog;
using Kie.Sdk.Testing;

namespace Kie.Sdk.TrimProbe.Checks;

/// <summary>A real <see cref="KieClient"/> over the offline simulator: every request and answer goes through the SDK's JSON.</summary>
internal static class ClientChecks
{
    private const string ImageModel = "google/nano-banana";

    // Tasks finish at once; the client still waits its one-second polling floor, so each wait costs about a second.
    private static readonly KieWaitOptions QuickWait = new() { InitialDelay = TimeSpan.Zero, Timeout = TimeSpan.FromSeconds(30) };

    public static async Task RunAsync(Probe probe)
    {
        using var simulator = new KieSimulator(new KieSimulatorOptions { ImageTimings = KieSimulatorTimings.Instant });
        using var http = simulator.CreateHttpClient();
        // With the catalog set, CreateTaskAsync validates and coerces the input through it before sending.
        using var client = new KieClient(http, new KieClientOptions { ApiKey = "trim-probe", Catalog = ModelCatalog.LoadEmbedded() });

        string? taskId = null;
        await probe.CheckAsync("create an image task and wait for it", async () =>
        {
            taskId = await client.CreateTaskAsync(Request("a lighthouse at dusk"));
            var status = await client.WaitForCompletionAsync(taskId, QuickWait);
            ProbeFailure.Unless(status.IsSucceeded, $"task {taskId} ended {status.RawState ?? status.State.ToString()}");
        });

        await probe.CheckAsync("read the task's status", async () =>
        {
            var status = await client.GetStatusAsync(taskId ?? throw new ProbeFailure("no task was created"));
            ProbeFailure.Unless(status.State == KieTaskState.Success, $"state is {status.State}");
            ProbeFailure.Unless(status.TaskId == taskId, $"task id is '{status.TaskId}'");
            ProbeFailure.Unless(status.Model == ImageModel, $"model is '{status.Model}'");
            ProbeFailure.Unless(status.ResultUrls.Count > 0, "no result URLs");
            ProbeFailure.Unless(status.CreditsConsumed > 0, $"credits consumed is {status.CreditsConsumed}");
        });

        await probe.CheckAsync("a scripted failure surfaces as KieTaskFailedException with its code", async () =>
        {
            // [fail:500] is the simulator's prompt keyword for a task that ends in state fail with failCode 500.
            var status = await client.GenerateAsync(Request("a lighthouse [fail:500]"), QuickWait);
            var failure = ProbeFailure.ThrownBy<KieTaskFailedException>(() => status.EnsureSucceeded());
            ProbeFailure.Unless(failure.FailCode == "500", $"fail code is '{failure.FailCode}'");
        });

        await probe.CheckAsync("input the catalog refuses never leaves the client", async () =>
        {
            var sent = simulator.CountRequests("/createTask");
            var refused = await ProbeFailure.ThrownBy<KieValidationException>(() => client.CreateTaskAsync(new CreateTaskRequest(ImageModel)));
            ProbeFailure.Unless(refused.Problems.Any(problem => problem.Field == "prompt"), $"problems: {string.Join("; ", refused.Problems)}");
            ProbeFailure.Unless(simulator.CountRequests("/createTask") == sent, "the refused request was sent");
        });

        await probe.CheckAsync("read the credit balance", async () =>
        {
            var credits = await client.GetCreditsAsync();
            // One successful image task was charged; the failed one costs nothing.
            ProbeFailure.Unless(credits == simulator.Credits && credits < simulator.Options.InitialCredits, $"balance is {credits}, the simulator says {simulator.Credits}");
        });

        await probe.CheckAsync("upload from a stream and download it back", async () =>
        {
            byte[] bytes = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4];
            using var content = new MemoryStream(bytes);
            var uploaded = await client.UploadFileAsync(content, "probe.png");
            ProbeFailure.Unless(uploaded.Url.IsAbsoluteUri && uploaded.Url.Scheme == Uri.UriSchemeHttps, $"url is '{uploaded.Url}'");
            ProbeFailure.Unless(uploaded.Size is null || uploaded.Size == bytes.Length, $"size is {uploaded.Size}");

            await using var download = await client.DownloadFileAsync(uploaded.Url);
            using var copy = new MemoryStream();
            await download.Content.CopyToAsync(copy);
            ProbeFailure.Unless(copy.ToArray().AsSpan().SequenceEqual(bytes), $"downloaded {copy.Length} bytes that differ from the {bytes.Length} uploaded");
        });
    }

    private static CreateTaskRequest Request(string prompt)
    {
        var request = new CreateTaskRequest(ImageModel);
        request.Input.Set("prompt", prompt).Set("image_size", "16:9");
        return request;
    }
}
