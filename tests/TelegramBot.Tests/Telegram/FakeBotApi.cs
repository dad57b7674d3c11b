using System.Collections.Concurrent;
using System.Net;
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
/// The Telegram Bot API played by WireMock.Net for the real <c>TelegramBotClient</c>: answers at
/// <c>/bot{token}/{method}</c> with realistic <c>{"ok":true,"result":…}</c> bodies, keeps the messages it "sent" (so an
/// edit to identical content gets the real 400 "message is not modified"), ENFORCES the real limits (callback data
/// 1–64 bytes → BUTTON_DATA_INVALID, text ≤ 4096, captions ≤ 1024, callback answers ≤ 200, Stars invoices, albums of
/// 2–10 compatible items), fails on demand (429, 403, 409, 500, any 400), serves getUpdates like Telegram (pending
/// until an offset confirms them, long poll while empty) and records every call for assertions.
/// </summary>
internal sealed class FakeBotApi : IDisposable
{
    /// <summary>The fake bot token (Telegram.Bot requires digits, a colon, the rest).</summary>
    public const string Token = "123456:ABC-test";

    /// <summary>The bot's own user id (the token's prefix).</summary>
    public const long BotId = 123456;

    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(15);
    private readonly ConcurrentQueue<BotApiCall> _calls = new();
    private readonly ConcurrentQueue<(string Method, BotApiError Error)> _refusals = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<BotApiError>> _failures = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(long Chat, long Message), JsonObject> _messages = new();
    private readonly ConcurrentDictionary<long, byte> _blocked = new();
    private readonly ConcurrentDictionary<string, (string Path, byte[] Content, long Size)> _files = new(StringComparer.Ordinal);
    private readonly List<JsonObject> _pendingUpdates = [];
    private readonly List<JsonObject> _starTransactions = [];
    private readonly CancellationTokenSource _disposed = new();
    private TaskCompletionSource _changed = NewSignal();
    private int _nextMessageId = 500;
    private int _nextFileId;

    public FakeBotApi()
    {
        Server = WireMockServer.Start(new WireMockServerSettings { StartAdminInterface = false, MaxRequestLogCount = 200 });
        Server.Given(Request.Create().WithPath(new WildcardMatcher("/bot*")).UsingAnyMethod())
            .RespondWith(Response.Create().WithCallback(HandleAsync));
        Server.Given(Request.Create().WithPath(new WildcardMatcher("/file/bot*")).UsingGet())
            .RespondWith(Response.Create().WithCallback(request => Download(request)));
    }

    /// <summary>The WireMock server.</summary>
    public WireMockServer Server { get; }

    /// <summary>The base URL to give as <c>Telegram:ApiBaseUrl</c>.</summary>
    public string Url => Server.Url!;

    /// <summary>Every call, in arrival order.</summary>
    public IReadOnlyList<BotApiCall> Calls => _calls.ToArray();

    /// <summary>The calls to one method, in order.</summary>
    /// <param name="method">The Bot API method.</param>
    /// <returns>The calls.</returns>
    public IReadOnlyList<BotApiCall> CallsTo(string method) => _calls.Where(call => call.Method == method).ToArray();

    /// <summary>The methods called, in order (getUpdates included).</summary>
    public IReadOnlyList<string> Methods => _calls.Select(call => call.Method).ToArray();

    /// <summary>Makes the next call to <paramref name="method"/> fail with <paramref name="error"/> (queued; one per call).</summary>
    /// <param name="method">The Bot API method.</param>
    /// <param name="error">The error.</param>
    public void FailNext(string method, BotApiError error) => _failures.GetOrAdd(method, _ => new ConcurrentQueue<BotApiError>()).Enqueue(error);

    /// <summary>From now on every message to this chat fails with 403 "bot was blocked by the user".</summary>
    /// <param name="chatId">The chat.</param>
    public void Block(long chatId) => _blocked[chatId] = 0;

    /// <summary>Queues updates for getUpdates (served until an offset past them confirms them).</summary>
    /// <param name="updates">The updates (see <see cref="FakeUpdates"/>).</param>
    public void EnqueueUpdates(params JsonObject[] updates)
    {
        lock (_pendingUpdates)
        {
            _pendingUpdates.AddRange(updates);
        }

        Signal();
    }

    /// <summary>Updates queued and not yet confirmed by an offset.</summary>
    public int PendingUpdates
    {
        get
        {
            lock (_pendingUpdates)
            {
                return _pendingUpdates.Count;
            }
        }
    }

    /// <summary>A file a user sent, for getFile and the file download path.</summary>
    /// <param name="fileId">Its file id.</param>
    /// <param name="content">The bytes.</param>
    /// <param name="declaredSize">The size getFile reports (default: the real length).</param>
    public void AddUserFile(string fileId, byte[] content, long? declaredSize = null) =>
        _files[fileId] = ($"documents/file_{Interlocked.Increment(ref _nextFileId)}.bin", content, declaredSize ?? content.Length);

    /// <summary>Adds a Stars transaction to what getStarTransactions lists (in the order added).</summary>
    /// <param name="transaction">The transaction (see <see cref="FakeUpdates.IncomingStars"/>).</param>
    public void AddStarTransaction(JsonObject transaction)
    {
        lock (_starTransactions)
        {
            _starTransactions.Add(transaction);
        }
    }

    /// <summary>The current text of a message the bot sent or edited.</summary>
    /// <param name="chatId">The chat.</param>
    /// <param name="messageId">The message.</param>
    /// <returns>The message JSON.</returns>
    public JsonObject MessageAt(long chatId, long messageId) => _messages[(chatId, messageId)];

    /// <summary>The errors the fake answered with (scripted or enforced), by method, in order.</summary>
    public IReadOnlyList<(string Method, BotApiError Error)> Refusals => _refusals.ToArray();

    /// <summary>The newest message in a chat with a callback button whose data matches, as a user would find it.</summary>
    /// <param name="chatId">The chat.</param>
    /// <param name="match">Picks the button by its callback data.</param>
    /// <returns>The message id and the button's data, or null.</returns>
    public (long MessageId, string Data)? FindButton(long chatId, Func<string, bool> match)
    {
        foreach (var (key, message) in _messages.Where(pair => pair.Key.Chat == chatId).OrderByDescending(pair => pair.Key.Message))
        {
            var rows = message["reply_markup"]?["inline_keyboard"]?.AsArray() ?? [];
            foreach (var button in rows.SelectMany(row => row!.AsArray()))
            {
                if (button!["callback_data"]?.GetValue<string>() is { } data && match(data))
                {
                    return (key.Message, data);
                }
            }
        }

        return null;
    }

    /// <summary>The texts the bot sent or edited into a chat, in order.</summary>
    /// <param name="chatId">The chat.</param>
    /// <returns>The texts.</returns>
    public IReadOnlyList<string> TextsIn(long chatId) =>
        Calls.Where(call => call.Method is "sendMessage" or "editMessageText" && call.ChatId == chatId).Select(call => call.Text("text") ?? "").ToArray();

    /// <summary>Waits (up to 15 s of real time, then fails) until <paramref name="condition"/> on the fake's calls holds; re-checked after every call.</summary>
    /// <param name="condition">What to wait for.</param>
    /// <param name="what">Named in the failure.</param>
    /// <returns>A task that completes when it holds.</returns>
    public async Task WaitUntilAsync(Func<FakeBotApi, bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + WaitLimit;
        while (true)
        {
            var changed = Volatile.Read(ref _changed).Task;
            if (condition(this))
            {
                return;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                throw new Xunit.Sdk.XunitException($"Timed out waiting for {what}. Calls so far: {string.Join(", ", Methods)}");
            }

            await Task.WhenAny(changed, Task.Delay(left, _disposed.Token).ContinueWith(_ => { }, TaskScheduler.Default));
        }
    }

    /// <summary>Waits until at least <paramref name="count"/> calls to <paramref name="method"/> (matching <paramref name="where"/>) arrived.</summary>
    /// <param name="method">The method.</param>
    /// <param name="count">How many.</param>
    /// <param name="where">An extra filter.</param>
    /// <returns>The matching calls.</returns>
    public async Task<IReadOnlyList<BotApiCall>> WaitForCallsAsync(string method, int count = 1, Func<BotApiCall, bool>? where = null)
    {
        IReadOnlyList<BotApiCall> Matching() => CallsTo(method).Where(call => where?.Invoke(call) ?? true).ToArray();
        await WaitUntilAsync(_ => Matching().Count >= count, $"{count} call(s) to {method}");
        return Matching();
    }

    public void Dispose()
    {
        _disposed.Cancel();
        Signal();
        Server.Stop();
        Server.Dispose();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private void Signal() => Interlocked.Exchange(ref _changed, NewSignal()).TrySetResult();

    private async Task<IResponseMessage> HandleAsync(IRequestMessage request)
    {
        var prefix = $"/bot{Token}/";
        if (!request.Path.StartsWith(prefix, StringComparison.Ordinal))
        {
            return Answer(HttpStatusCode.Unauthorized, new BotApiError(401, "Unauthorized").ToJson());
        }

        var method = request.Path[prefix.Length..];
        var call = await BotApiCall.ParseAsync(method, ContentType(request), request.BodyAsBytes);
        _calls.Enqueue(call);
        Signal();
        try
        {
            if (_failures.TryGetValue(method, out var queue) && queue.TryDequeue(out var scripted))
            {
                throw new BotApiRefusal(scripted);
            }

            if (call.ChatId is { } chat && _blocked.ContainsKey(chat))
            {
                throw new BotApiRefusal(BotApiError.Blocked);
            }

            var result = method switch
            {
                "getUpdates" => await GetUpdatesAsync(call),
                _ => Execute(call),
            };
            return Answer(HttpStatusCode.OK, new JsonObject { ["ok"] = true, ["result"] = result }.ToJsonString());
        }
        catch (BotApiRefusal refusal)
        {
            _refusals.Enqueue((method, refusal.Error));
            return Fail(refusal.Error);
        }
    }

    private JsonNode? Execute(BotApiCall call) => call.Method switch
    {
        "getMe" => BotUser(),
        "deleteWebhook" or "setWebhook" or "answerPreCheckoutQuery" or "refundStarPayment" => true,
        "sendMessage" => SendMessage(call),
        "editMessageText" => EditMessageText(call),
        "answerCallbackQuery" => AnswerCallbackQuery(call),
        "sendPhoto" or "sendVideo" or "sendAudio" or "sendDocument" => SendMedia(call),
        "sendMediaGroup" => SendMediaGroup(call),
        "sendInvoice" => SendInvoice(call),
        "getStarTransactions" => StarTransactions(call),
        "getFile" => GetFile(call),
        _ => throw new BotApiRefusal(new BotApiError(404, "Not Found: method not found")),
    };

    private async Task<JsonNode> GetUpdatesAsync(BotApiCall call)
    {
        var offset = call.Has("offset") ? call.Number("offset") : (long?)null;
        var limit = call.Has("limit") ? (int)call.Number("limit") : 100;
        var timeout = call.Has("timeout") ? call.Number("timeout") : 0;
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(timeout);
        while (true)
        {
            var changed = Volatile.Read(ref _changed).Task;
            lock (_pendingUpdates)
            {
                if (offset is { } confirmedBelow)
                {
                    // Like Telegram: an offset confirms (forgets) every update with a smaller id.
                    _pendingUpdates.RemoveAll(update => Long(update["update_id"]) < confirmedBelow);
                }

                if (_pendingUpdates.Count > 0)
                {
                    return new JsonArray(_pendingUpdates.Take(limit).Select(update => (JsonNode)update.DeepClone()).ToArray());
                }
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || _disposed.IsCancellationRequested)
            {
                return new JsonArray();
            }

            // The long poll: Telegram holds the request open until an update arrives or the timeout passes.
            await Task.WhenAny(changed, Task.Delay(left, _disposed.Token).ContinueWith(_ => { }, TaskScheduler.Default));
        }
    }

    private JsonObject SendMessage(BotApiCall call)
    {
        var text = call.Text("text") ?? "";
        CheckText(text);
        CheckMarkup(call.Body["reply_markup"]);
        var message = NewMessage(call.ChatId!.Value);
        message["text"] = text;
        Remember(message, call.Body["reply_markup"]);
        return message;
    }

    private JsonObject EditMessageText(BotApiCall call)
    {
        var text = call.Text("text") ?? "";
        CheckText(text);
        CheckMarkup(call.Body["reply_markup"]);
        var key = (call.ChatId!.Value, call.Number("message_id"));
        if (!_messages.TryGetValue(key, out var current))
        {
            throw new BotApiRefusal(BotApiError.BadRequest("message to edit not found"));
        }

        var markup = call.Body["reply_markup"]?.ToJsonString();
        if (current["text"]?.GetValue<string>() == text && current["reply_markup"]?.ToJsonString() == markup)
        {
            throw new BotApiRefusal(BotApiError.NotModified);
        }

        var edited = (JsonObject)current.DeepClone();
        edited["text"] = text;
        edited["edit_date"] = 1_900_000_100;
        Remember(edited, call.Body["reply_markup"]);
        return edited;
    }

    private static bool AnswerCallbackQuery(BotApiCall call)
    {
        if ((call.Text("text") ?? "").Length > 200)
        {
            throw new BotApiRefusal(BotApiError.BadRequest("MESSAGE_TOO_LONG"));
        }

        return true;
    }

    private JsonObject SendMedia(BotApiCall call)
    {
        var field = call.Method["send".Length..].ToLowerInvariant();
        CheckCaption(call.Text("caption"));
        CheckMarkup(call.Body["reply_markup"]);
        CheckSource(call, call.Files.ContainsKey(field) ? "attach://" + field : call.Text(field));
        var message = NewMessage(call.ChatId!.Value);
        if (call.Text("caption") is { } caption)
        {
            message["caption"] = caption;
        }

        message[field] = MediaObject(field);
        Remember(message, call.Body["reply_markup"]);
        return message;
    }

    private JsonArray SendMediaGroup(BotApiCall call)
    {
        if (call.Body["media"] is not JsonArray media || media.Count is < 2 or > 10)
        {
            throw new BotApiRefusal(BotApiError.BadRequest("wrong number of media: an album needs 2-10 items"));
        }

        var types = media.Select(item => item!["type"]!.GetValue<string>()).ToArray();
        if ((types.Contains("audio") || types.Contains("document")) && types.Distinct().Count() > 1)
        {
            throw new BotApiRefusal(BotApiError.BadRequest("MEDIA_GROUP_INVALID: audio and documents can only be grouped with their own kind"));
        }

        var groupId = "album-" + Interlocked.Increment(ref _nextFileId);
        var sent = new JsonArray();
        foreach (var item in media)
        {
            CheckCaption(item!["caption"]?.GetValue<string>());
            CheckSource(call, item["media"]?.GetValue<string>());
            var type = item["type"]!.GetValue<string>();
            var message = NewMessage(call.ChatId!.Value);
            message["media_group_id"] = groupId;
            message[type] = MediaObject(type);
            if (item["caption"] is { } caption)
            {
                message["caption"] = caption.DeepClone();
            }

            sent.Add(message);
        }

        return sent;
    }

    private JsonObject SendInvoice(BotApiCall call)
    {
        var title = call.Text("title") ?? "";
        var description = call.Text("description") ?? "";
        var payload = call.Text("payload") ?? "";
        var prices = call.Body["prices"] as JsonArray;
        if (title.Length is < 1 or > 32)
        {
            throw new BotApiRefusal(BotApiError.BadRequest("invoice title must be 1-32 characters"));
        }

        if (description.Length is < 1 or > 255)
        {
            throw new BotApiRefusal(BotApiError.BadRequest("invoice description must be 1-255 characters"));
        }

        if (Encoding.UTF8.GetByteCount(payload) is < 1 or > 128)
        {
            throw new BotApiRefusal(BotApiError.BadRequest("invoice payload must be 1-128 bytes"));
        }

        if (call.Text("currency") == "XTR" && (prices?.Count != 1 || !string.IsNullOrEmpty(call.Text("provider_token"))))
        {
            throw new BotApiRefusal(BotApiError.BadRequest("STARS_INVOICE_INVALID: Stars invoices need exactly one price and an empty provider token"));
        }

        var message = NewMessage(call.ChatId!.Value);
        message["invoice"] = new JsonObject
        {
            ["title"] = title,
            ["description"] = description,
            ["start_parameter"] = call.Text("start_parameter") ?? "",
            ["currency"] = call.Text("currency"),
            ["total_amount"] = prices!.Sum(price => Long(price!["amount"])),
        };
        return message;
    }

    private JsonObject StarTransactions(BotApiCall call)
    {
        var offset = call.Has("offset") ? (int)call.Number("offset") : 0;
        var limit = call.Has("limit") ? (int)call.Number("limit") : 100;
        lock (_starTransactions)
        {
            return new JsonObject { ["transactions"] = new JsonArray(_starTransactions.Skip(offset).Take(limit).Select(item => (JsonNode)item.DeepClone()).ToArray()) };
        }
    }

    private JsonObject GetFile(BotApiCall call)
    {
        var fileId = call.Text("file_id") ?? "";
        if (!_files.TryGetValue(fileId, out var file))
        {
            throw new BotApiRefusal(BotApiError.BadRequest("invalid file_id"));
        }

        if (file.Size > 20L * 1024 * 1024)
        {
            throw new BotApiRefusal(BotApiError.BadRequest("file is too big"));
        }

        return new JsonObject { ["file_id"] = fileId, ["file_unique_id"] = "u-" + fileId, ["file_size"] = file.Size, ["file_path"] = file.Path };
    }

    private IResponseMessage Download(IRequestMessage request)
    {
        var prefix = $"/file/bot{Token}/";
        var path = request.Path.StartsWith(prefix, StringComparison.Ordinal) ? request.Path[prefix.Length..] : null;
        var file = _files.Values.FirstOrDefault(candidate => candidate.Path == path);
        return file.Content is null
            ? Answer(HttpStatusCode.NotFound, new BotApiError(404, "Not Found").ToJson())
            : new ResponseMessage
            {
                StatusCode = 200,
                Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new("application/octet-stream") },
                BodyData = new BodyData { BodyAsBytes = file.Content, DetectedBodyType = BodyType.Bytes },
            };
    }

    private static void CheckText(string text)
    {
        if (text.Length == 0)
        {
            throw new BotApiRefusal(BotApiError.BadRequest("message text is empty"));
        }

        if (text.Length > 4096)
        {
            throw new BotApiRefusal(BotApiError.BadRequest("message is too long"));
        }
    }

    private static void CheckCaption(string? caption)
    {
        if (caption?.Length > 1024)
        {
            throw new BotApiRefusal(BotApiError.BadRequest("message caption is too long"));
        }
    }

    private static void CheckMarkup(JsonNode? markup)
    {
        if (markup is null)
        {
            return;
        }

        foreach (var row in markup["inline_keyboard"]?.AsArray() ?? [])
        {
            foreach (var button in row!.AsArray())
            {
                if (string.IsNullOrEmpty(button!["text"]?.GetValue<string>()))
                {
                    throw new BotApiRefusal(BotApiError.BadRequest("text buttons are unallowed in the inline keyboard"));
                }

                if (button["callback_data"] is { } data && Encoding.UTF8.GetByteCount(data.GetValue<string>()) is < 1 or > 64)
                {
                    throw new BotApiRefusal(BotApiError.BadRequest("BUTTON_DATA_INVALID"));
                }

                if (button["url"] is { } url && !Uri.TryCreate(url.GetValue<string>(), UriKind.Absolute, out _))
                {
                    throw new BotApiRefusal(BotApiError.BadRequest("BUTTON_URL_INVALID"));
                }
            }
        }
    }

    private static void CheckSource(BotApiCall call, string? source)
    {
        if (string.IsNullOrEmpty(source))
        {
            throw new BotApiRefusal(BotApiError.BadRequest("there is no media in the request"));
        }

        if (source.StartsWith("attach://", StringComparison.Ordinal) && !call.Files.ContainsKey(source["attach://".Length..]))
        {
            throw new BotApiRefusal(BotApiError.BadRequest("wrong file identifier/HTTP URL specified: the attached part is missing"));
        }
    }

    private JsonObject NewMessage(long chatId) => new()
    {
        ["message_id"] = Interlocked.Increment(ref _nextMessageId),
        ["from"] = BotUser(),
        ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = "private", ["first_name"] = "User" },
        ["date"] = 1_900_000_000,
    };

    private void Remember(JsonObject message, JsonNode? markup)
    {
        message.Remove("reply_markup");
        if (markup is not null)
        {
            message["reply_markup"] = markup.DeepClone();
        }

        _messages[(Long(message["chat"]!["id"]), Long(message["message_id"]))] = message;
    }

    private JsonNode MediaObject(string kind)
    {
        var n = Interlocked.Increment(ref _nextFileId);
        return kind == "photo"
            ? new JsonArray(
                new JsonObject { ["file_id"] = $"photo-{n}-small", ["file_unique_id"] = $"ps{n}", ["width"] = 90, ["height"] = 90, ["file_size"] = 1_000 },
                new JsonObject { ["file_id"] = $"photo-{n}-large", ["file_unique_id"] = $"pl{n}", ["width"] = 1280, ["height"] = 1280, ["file_size"] = 90_000 })
            : new JsonObject { ["file_id"] = $"{kind}-{n}", ["file_unique_id"] = $"{kind[0]}{n}", ["width"] = 640, ["height"] = 360, ["duration"] = 5 };
    }

    // Nodes built in code keep their CLR type (int or long); reading through JSON text works for both.
    private static long Long(JsonNode? node) => long.Parse(node!.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture);

    private static JsonObject BotUser() => new() { ["id"] = BotId, ["is_bot"] = true, ["first_name"] = "Fake bot", ["username"] = "fake_bot" };

    private static string? ContentType(IRequestMessage request) =>
        request.Headers?.FirstOrDefault(header => header.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();

    private static IResponseMessage Fail(BotApiError error) => Answer((HttpStatusCode)error.Code, error.ToJson());

    private static ResponseMessage Answer(HttpStatusCode status, string json) => new()
    {
        StatusCode = (int)status,
        Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new("application/json") },
        BodyData = new BodyData { BodyAsString = json, DetectedBodyType = BodyType.String, Encoding = Encoding.UTF8 },
    };

    /// <summary>Thrown inside the fake to answer with an error.</summary>
    private sealed class BotApiRefusal(BotApiError error) : Exception(error.Description)
    {
        public BotApiError Error { get; } = error;
    }
}
