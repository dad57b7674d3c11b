using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Kie.Sdk.Json;

namespace Kie.Sdk;

/// <summary>
/// Reads and verifies the callbacks KIE posts to your <c>callBackUrl</c> when a task finishes.
/// </summary>
/// <remarks>
/// KIE's signature covers only <c>{taskId}.{timestamp}</c>, not the body, and KIE may deliver the same callback more
/// than once. So a verified callback is a hint that a task changed: handle it idempotently by task id and confirm the
/// state with <see cref="IKieClient.GetStatusAsync"/> before charging or delivering anything.
/// </remarks>
public static class KieCallback
{
    /// <summary>The header carrying the Unix-seconds timestamp of the signature.</summary>
    public const string TimestampHeader = "X-Webhook-Timestamp";

    /// <summary>The header carrying the Base64 HMAC-SHA256 signature.</summary>
    public const string SignatureHeader = "X-Webhook-Signature";

    /// <summary>The default maximum age of a signed callback: 5 minutes.</summary>
    public static TimeSpan DefaultMaxAge { get; } = TimeSpan.FromMinutes(5);

    /// <summary>Parses a callback body into the same status <see cref="IKieClient.GetStatusAsync"/> returns.</summary>
    /// <param name="body">The raw request body.</param>
    /// <returns>The task status; the task id comes from <c>data.taskId</c> or <c>data.task_id</c>.</returns>
    /// <exception cref="KieInvalidResponseException">The body is not JSON or has no task record.</exception>
    public static KieTaskStatus Parse(ReadOnlySpan<byte> body)
    {
        var envelope = ReadEnvelope(body);
        if (envelope.Data.ValueKind != JsonValueKind.Object)
        {
            throw new KieInvalidResponseException(KieErrorDetails.None with { KieCode = envelope.Code, KieMessage = envelope.Msg }, "The callback body has no 'data' object.");
        }

        var status = KieTaskStatusReader.Read(envelope.Data);
        if (status.TaskId.Length == 0)
        {
            throw new KieInvalidResponseException(KieErrorDetails.None with { KieCode = envelope.Code, KieMessage = envelope.Msg }, "The callback body has no task id (data.taskId or data.task_id).");
        }

        // Family callbacks carry no state: the envelope code says whether the task succeeded.
        if (status.State == KieTaskState.Unknown && status.RawState is null && envelope.Code is { } code)
        {
            status = status with
            {
                State = code == 200 ? KieTaskState.Success : KieTaskState.Failed,
                FailCode = code == 200 ? status.FailCode : status.FailCode ?? code.ToString(CultureInfo.InvariantCulture),
                FailMessage = code == 200 ? status.FailMessage : status.FailMessage ?? envelope.Msg,
            };
        }

        return status;
    }

    /// <summary>Verifies a callback's signature and age (KIE's HMAC-SHA256 scheme).</summary>
    /// <param name="body">The raw request body (the task id is read from it).</param>
    /// <param name="timestampHeader">The <see cref="TimestampHeader"/> value.</param>
    /// <param name="signatureHeader">The <see cref="SignatureHeader"/> value.</param>
    /// <param name="secret">Your <c>webhookHmacKey</c>; <see langword="null"/> or empty means none is configured, which fails.</param>
    /// <param name="timeProvider">The clock for the age check.</param>
    /// <param name="maxAge">How far the timestamp may be from now, either way; default <see cref="DefaultMaxAge"/>.</param>
    /// <param name="previousSecret">The secret before the last rotation, also accepted while callbacks signed with it drain.</param>
    /// <returns>The outcome, with the reason when it failed. Never throws for a bad body or headers.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxAge"/> is negative.</exception>
    public static KieCallbackVerification Verify(
        ReadOnlySpan<byte> body,
        string? timestampHeader,
        string? signatureHeader,
        string? secret,
        TimeProvider timeProvider,
        TimeSpan? maxAge = null,
        string? previousSecret = null)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        if (maxAge is { } age && age < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(maxAge), age, "The maximum age of a callback must not be negative.");
        }

        if (string.IsNullOrEmpty(secret))
        {
            return new(KieCallbackVerificationFailure.NoSecretConfigured, "No callback secret is configured, so the callback cannot be verified.", null);
        }

        if (string.IsNullOrWhiteSpace(timestampHeader) || string.IsNullOrWhiteSpace(signatureHeader))
        {
            return new(KieCallbackVerificationFailure.MissingHeaders, $"The {TimestampHeader} or {SignatureHeader} header is missing.", null);
        }

        if (!long.TryParse(timestampHeader.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
        {
            return new(KieCallbackVerificationFailure.MalformedTimestamp, $"The {TimestampHeader} header is not Unix seconds.", null);
        }

        var taskId = TryReadTaskId(body);
        if (taskId is null)
        {
            return new(KieCallbackVerificationFailure.MalformedBody, "The body is not JSON or has no data.taskId / data.task_id.", null);
        }

        var signedAgo = timeProvider.GetUtcNow().ToUnixTimeSeconds() - seconds;
        var limit = (long)(maxAge ?? DefaultMaxAge).TotalSeconds;
        if (Math.Abs(signedAgo) > limit)
        {
            return new(KieCallbackVerificationFailure.Expired, $"The signature is {signedAgo} s old; at most {limit} s is accepted.", taskId);
        }

        Span<byte> presented = stackalloc byte[64];
        if (!Convert.TryFromBase64String(signatureHeader.Trim(), presented, out var presentedLength))
        {
            return new(KieCallbackVerificationFailure.SignatureMismatch, "The signature is not valid Base64.", taskId);
        }

        var timestamp = timestampHeader.Trim();
        if (Matches(secret, taskId, timestamp, presented[..presentedLength]) ||
            (!string.IsNullOrEmpty(previousSecret) && Matches(previousSecret, taskId, timestamp, presented[..presentedLength])))
        {
            return new(KieCallbackVerificationFailure.None, "The signature is valid.", taskId);
        }

        return new(KieCallbackVerificationFailure.SignatureMismatch, "The signature does not match the configured secret(s).", taskId);
    }

    /// <summary>Computes KIE's signature, for testing your own callback endpoint.</summary>
    /// <param name="taskId">The task id the callback is about.</param>
    /// <param name="timestamp">The signing time; sent as Unix seconds.</param>
    /// <param name="secret">The HMAC key.</param>
    /// <returns>The timestamp header value and the signature header value.</returns>
    public static (string Timestamp, string Signature) Sign(string taskId, DateTimeOffset timestamp, string secret)
    {
        ArgumentException.ThrowIfNullOrEmpty(taskId);
        ArgumentException.ThrowIfNullOrEmpty(secret);
        var seconds = timestamp.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return (seconds, Convert.ToBase64String(ComputeHmac(secret, taskId, seconds)));
    }

    private static bool Matches(string secret, string taskId, string timestamp, ReadOnlySpan<byte> presented) =>
        CryptographicOperations.FixedTimeEquals(ComputeHmac(secret, taskId, timestamp), presented);

    private static byte[] ComputeHmac(string secret, string taskId, string timestamp) =>
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{taskId}.{timestamp}"));

    private static string? TryReadTaskId(ReadOnlySpan<byte> body)
    {
        try
        {
            var data = ReadEnvelope(body).Data;
            return data.GetText("taskId") ?? data.GetText("task_id");
        }
        catch (KieInvalidResponseException)
        {
            return null;
        }
    }

    private static KieEnvelope ReadEnvelope(ReadOnlySpan<byte> body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, KieJsonContext.Default.KieEnvelope)
                ?? throw new KieInvalidResponseException(KieErrorDetails.None, "The callback body is JSON null.");
        }
        catch (JsonException exception)
        {
            throw new KieInvalidResponseException(KieErrorDetails.None, "The callback body is not JSON.", exception);
        }
    }
}
