using System.Net;
using System.Text.Json;
using Kie.Sdk.Diagnostics;
using Kie.Sdk.Http;
using Kie.Sdk.Json;
using Polly.Timeout;

namespace Kie.Sdk;

/// <summary>Sending API requests and turning every failure into a typed exception.</summary>
public sealed partial class KieClient
{
    /// <summary>Sends an API request with the key and returns the envelope's <c>data</c>, or throws the mapped exception.</summary>
    private async Task<JsonElement> SendAsync(HttpRequestMessage request, KieRequestKind kind, string operation, string? taskId, CancellationToken cancellationToken)
    {
        request.Options.Set(KieRequestOptions.Kind, kind);
        request.Headers.Authorization = _authorization;
        var started = _time.GetTimestamp();
        HttpResponseMessage response;
        try
        {
            response = await Http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (TranslateTransportFailure(exception, kind, operation, taskId, cancellationToken) is { } translated)
        {
            Count(operation, null);
            throw translated;
        }

        using (response)
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            var envelope = TryReadEnvelope(body, out var parseError);
            Log.ApiCall(_logger, operation, (int)response.StatusCode, envelope?.Code, (long)_time.GetElapsedTime(started).TotalMilliseconds);
            if (KieErrorMapper.IsError(response.StatusCode, envelope?.Code, envelope?.Success))
            {
                var details = new KieErrorDetails(response.StatusCode, envelope?.Code, envelope?.Msg, taskId, RetryAfterOf(response));
                var error = KieErrorMapper.Map(kind, operation, details);
                Count(operation, KieErrorMapper.EffectiveCode(details.HttpStatus, details.KieCode));
                Log.ApiError(_logger, operation, error.Message);
                throw error;
            }

            if (envelope is null)
            {
                var details = new KieErrorDetails(response.StatusCode, TaskId: taskId);
                var invalid = new KieInvalidResponseException(details, $"KIE {operation} answered HTTP {(int)response.StatusCode} with a body that is not KIE's JSON envelope.", parseError);
                Count(operation, null);
                throw kind is KieRequestKind.Submit or KieRequestKind.SubmitOnce
                    ? new KieSubmissionUnknownException(details, $"KIE {operation} answered success with a body that is not KIE's JSON envelope; a task or file may exist.", invalid)
                    : invalid;
            }

            return envelope.Data;
        }
    }

    /// <summary>Maps a transport failure to the SDK's exception; <see langword="null"/> lets the caller's own cancellation through.</summary>
    private Exception? TranslateTransportFailure(Exception exception, KieRequestKind kind, string operation, string? taskId, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && cancellationToken.IsCancellationRequested)
        {
            return null;
        }

        var details = new KieErrorDetails(TaskId: taskId);
        var submission = kind is KieRequestKind.Submit or KieRequestKind.SubmitOnce;
        var what = exception switch
        {
            TimeoutRejectedException => $"KIE {operation} did not answer within its attempt timeout (KieClientOptions.{(kind == KieRequestKind.SubmitOnce || operation.StartsWith("upload", StringComparison.Ordinal) ? nameof(KieClientOptions.UploadTimeout) : nameof(KieClientOptions.AttemptTimeout))}).",
            TaskCanceledException => $"KIE {operation} was cut off by HttpClient.Timeout of the HttpClient passed to KieClient; set it to Timeout.InfiniteTimeSpan and rely on KieClientOptions.AttemptTimeout.",
            HttpRequestException http when KieRetryPredicate.IsNotSent(http) => $"KIE {operation} could not connect ({http.HttpRequestError}); nothing was sent.",
            HttpRequestException http => $"KIE {operation} lost its connection ({http.HttpRequestError}).",
            IOException => $"KIE {operation} lost its connection.",
            _ => null,
        };
        if (what is null)
        {
            return null;
        }

        Log.ApiError(_logger, operation, what);
        return submission && !KieRetryPredicate.IsNotSent(exception)
            ? new KieSubmissionUnknownException(details, what + " The request was sent, so a task or file may exist; do not resubmit blindly.", exception)
            : new KieApiException(details, what, isTransient: true, exception);
    }

    private static KieEnvelope? TryReadEnvelope(byte[] body, out JsonException? error)
    {
        error = null;
        if (body.Length == 0)
        {
            return null;
        }

        try
        {
            var envelope = KieEnvelope.Parse(body);
            return envelope is { Code: not null } or { Success: not null } ? envelope : null;
        }
        catch (JsonException exception)
        {
            error = exception;
            return null;
        }
    }

    private TimeSpan? RetryAfterOf(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - _time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    private static void Count(string operation, int? code) =>
        KieDiagnostics.Errors.Add(1, new KeyValuePair<string, object?>("kie.operation", operation), new KeyValuePair<string, object?>("kie.code", code));
}
