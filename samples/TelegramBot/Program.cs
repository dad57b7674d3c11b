// A console stand-in for the sample Telegram bot (the bot itself is issue 5): it runs one generation conversation
// in the terminal on the SDK. With no KIE_API_KEY it runs offline on the Kie.Sdk.Testing simulator with realistic
// delays, so it works on a fresh machine with no keys; nothing real is spent.
using Kie.Sdk;
using Kie.Sdk.Testing;

var apiKey = Environment.GetEnvironmentVariable("KIE_API_KEY");
var demo = string.IsNullOrWhiteSpace(apiKey);
using var simulator = demo ? new KieSimulator(new KieSimulatorOptions { InitialCredits = 100m }) : null;
using var kie = simulator is not null
    ? new KieClient(simulator.CreateHttpClient(), new KieClientOptions { ApiKey = "demo" })
    : new KieClient(new KieClientOptions { ApiKey = apiKey! });

Console.WriteLine(demo
    ? "Kie.Sdk demo — DEMO MODE: offline simulator, no real credits are spent. Set KIE_API_KEY to use KIE.ai."
    : "Kie.Sdk demo — live KIE.ai account.");
Console.WriteLine($"Balance: {await kie.GetCreditsAsync()} credits.");
Console.WriteLine("Type a prompt for google/nano-banana (try '[fail]' or '[slow]' in demo mode); an empty line or end of input quits.");

while (Console.ReadLine() is { Length: > 0 } prompt)
{
    var request = new CreateTaskRequest("google/nano-banana") { IdempotencyKey = Guid.NewGuid().ToString("N") };
    request.Input.Set("prompt", prompt).Set("image_size", "1:1");
    try
    {
        var status = await kie.GenerateAsync(request, KieWaitOptions.ForImages with
        {
            Progress = new Progress<KieTaskStatus>(s => Console.WriteLine($"  … {s.RawState ?? s.State.ToString()}")),
        });
        if (status.IsSucceeded)
        {
            Console.WriteLine($"Done: {string.Join(", ", status.ResultUrls)} ({status.CreditsConsumed} credits)");
            await using var file = await kie.DownloadFileAsync(status.ResultUrls[0]);
            var path = Path.Combine(Path.GetTempPath(), $"kie-{status.TaskId}{(file.ContentType == "image/png" ? ".png" : ".bin")}");
            await using (var output = File.Create(path))
            {
                await file.Content.CopyToAsync(output);
            }

            Console.WriteLine($"Saved to {path}");
        }
        else
        {
            Console.WriteLine($"Failed: code {status.FailCode}, {status.FailMessage}. Nothing was charged.");
        }
    }
    catch (KieApiException error)
    {
        Console.WriteLine($"Error: {error.Message}");
    }

    Console.WriteLine($"Balance: {await kie.GetCreditsAsync()} credits. Next prompt (empty line quits):");
}
