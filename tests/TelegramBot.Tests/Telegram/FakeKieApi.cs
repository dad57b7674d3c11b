using System.Collections.Concurrent;
using System.Text;
using System.Text.Json.Nodes;
using WireMock;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;
using WireMock.Types;
using WireMock.Util;

namespace Kie.Samples.TelegramBot.Tests.Telegram;

/// <summary>
/// KIE's market API played by WireMock.Net for the bot in live mode (<c>Kie:ApiKey</c> set, <c>Kie:BaseUrl</c> = this
/// server): createTask hands out task ids; recordInfo reports a task as generating on the first read and finished on
/// the next — successful with one result URL, or failed when its prompt contains "[fail]". Every call must carry the
/// bearer key.
/// </summary>
internal sealed class FakeKieApi : IDisposable
{
    /// <summary>The API key the bot is configured with.</summary>
    public const string ApiKey = "kie-live-key-for-tests";

    private readonly ConcurrentDictionary<string, (string Prompt, int Reads)> _tasks = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _requests = new();
    private int _nextTask;

    public FakeKieApi()
    {
        Server = WireMockServer.Start(new WireMockServerSettings { StartAdminInterface = false, MaxRequestLogCount = 200 });
        Server.Given(Request.Create().WithPath(new WildcardMatcher("/*")).UsingAnyMethod()).RespondWith(Response.Create().WithCallback(Handle));
    }

    /// <summary>The WireMock server.</summary>
    public WireMockServer Server { get; }

    /// <summary>The base URL for <c>Kie:BaseUrl</c>.</summary>
    public string Url => Server.Url!;

    /// <summary>"METHOD path" of every request, in order.</summary>
    public IReadOnlyList<string> Requests => _requests.ToArray();

    /// <summary>The tasks created, by id, with their prompts.</summary>
    public IReadOnlyDictionary<string, string> Tasks => _tasks.ToDictionary(pair => pair.Key, pair => pair.Value.Prompt);

    /// <summary>The result URL a successful task reports.</summary>
    /// <param name="taskId">The task.</param>
    /// <returns>The URL.</returns>
    public static string ResultUrl(string taskId) => $"https://tempfile.aiquickdraw.example/s/{taskId}.png";

    public void Dispose()
    {
        Server.Stop();
        Server.Dispose();
    }

    private ResponseMessage Handle(IRequestMessage request)
    {
        _requests.Enqueue($"{request.Method} {request.Path}");
        var authorization = request.Headers?.FirstOrDefault(header => header.Key.Equals("Authorization", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
        if (authorization != "Bearer " + ApiKey)
        {
            return Envelope(401, "You do not have access permissions", null);
        }

        switch (request.Path)
        {
            case "/api/v1/jobs/createTask":
                var body = JsonNode.Parse(request.Body ?? "{}")!;
                var input = body["input"];
                var prompt = (input is JsonValue text ? JsonNode.Parse(text.GetValue<string>()) : input)?["prompt"]?.GetValue<string>() ?? "";
                var taskId = "task-" + Interlocked.Increment(ref _nextTask);
                _tasks[taskId] = (prompt, 0);
                return Envelope(200, "success", new JsonObject { ["taskId"] = taskId });
            case "/api/v1/jobs/recordInfo":
                var id = request.Query?["taskId"]?.FirstOrDefault() ?? "";
                if (!_tasks.TryGetValue(id, out var task))
                {
                    return Envelope(422, "recordInfo is null", null);
                }

                _tasks[id] = task with { Reads = task.Reads + 1 };
                return Envelope(200, "success", Record(id, task.Prompt, task.Reads + 1));
            case "/api/v1/chat/credit":
                return Envelope(200, "success", JsonValue.Create(1000m));
            default:
                return Envelope(404, "Not found", null);
        }
    }

    private static JsonObject Record(string taskId, string prompt, int reads)
    {
        var record = new JsonObject { ["taskId"] = taskId, ["model"] = "google/nano-banana", ["createTime"] = 1_893_456_000_000L };
        if (reads < 2)
        {
            record["state"] = "generating";
        }
        else if (prompt.Contains("[fail]", StringComparison.Ordinal))
        {
            record["state"] = "fail";
            record["failCode"] = "500";
            record["failMsg"] = "Internal error, please try again later.";
            record["creditsConsumed"] = 0;
        }
        else
        {
            record["state"] = "success";
            record["resultJson"] = new JsonObject { ["resultUrls"] = new JsonArray(ResultUrl(taskId)) }.ToJsonString();
            record["creditsConsumed"] = 4;
        }

        return record;
    }

    private static ResponseMessage Envelope(int code, string message, JsonNode? data) => new()
    {
        StatusCode = code == 200 ? 200 : code,
        Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new("application/json") },
        BodyData = new BodyData
        {
            BodyAsString = new JsonObject { ["code"] = code, ["msg"] = message, ["data"] = data }.ToJsonString(),
            DetectedBodyType = BodyType.String,
            Encoding = Encoding.UTF8,
        },
    };
}
