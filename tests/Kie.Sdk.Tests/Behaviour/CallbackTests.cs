using System.Security.Cryptography;
using System.Text;

namespace Kie.Sdk.Tests.Behaviour;

/// <summary><see cref="KieCallback.Parse(ReadOnlySpan{byte})"/> on Market and family callback bodies.</summary>
public sealed class CallbackParseTests
{
    private static KieTaskStatus Parse(string json) => KieCallback.Parse(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void A_Market_success_body_is_parsed()
    {
        var status = Parse("""
            { "code": 200, "msg": "Playground task completed successfully.",
              "data": { "taskId": "ed5782", "model": "gpt-image-2-text-to-image", "state": "success",
                        "param": "{\"model\":\"gpt-image-2-text-to-image\",\"input\":{\"prompt\":\"cat\"}}",
                        "resultJson": "{\"resultUrls\":[\"https://tempfile.aiquickdraw.com/i/x.png\"]}",
                        "creditsConsumed": 3, "costTime": 83, "createTime": 1786432746000,
                        "updateTime": 1786432830000, "completeTime": 1786432830000 } }
            """);

        Assert.Equal("ed5782", status.TaskId);
        Assert.Equal("gpt-image-2-text-to-image", status.Model);
        Assert.Equal(KieTaskState.Success, status.State);
        Assert.Equal("success", status.RawState);
        Assert.True(status.IsSucceeded);
        Assert.Equal([new Uri("https://tempfile.aiquickdraw.com/i/x.png")], status.ResultUrls);
        Assert.Equal(3m, status.CreditsConsumed);
        Assert.Equal(83, status.CostTime);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1786432746000), status.CreatedAt);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1786432830000), status.CompletedAt);
        Assert.Equal("cat", status.Parameters!.Value.GetProperty("input").GetProperty("prompt").GetString());
        Assert.Null(status.FailCode);
    }

    [Fact]
    public void A_Market_fail_body_with_a_numeric_fail_code_is_parsed()
    {
        var status = Parse("""
            { "code": 501, "msg": "failed",
              "data": { "taskId": "f-1", "model": "google/nano-banana", "state": "fail", "failCode": 500,
                        "failMsg": "Internal error, please try again later.", "creditsConsumed": 0 } }
            """);

        Assert.Equal(KieTaskState.Failed, status.State);
        Assert.Equal("500", status.FailCode);
        Assert.Equal("Internal error, please try again later.", status.FailMessage);
        Assert.Equal(0m, status.CreditsConsumed);
        Assert.Empty(status.ResultUrls);
    }

    [Theory]
    [InlineData("taskId")]
    [InlineData("task_id")]
    public void The_task_id_is_read_from_taskId_or_task_id(string property)
    {
        var status = Parse($$"""{ "code": 200, "msg": "ok", "data": { "{{property}}": "abc-123", "state": "success" } }""");

        Assert.Equal("abc-123", status.TaskId);
    }

    [Fact]
    public void A_family_body_without_state_and_code_200_is_a_success()
    {
        var status = Parse("""
            { "code": 200, "msg": "Image generated successfully.",
              "data": { "task_id": "r-1", "video_id": "v", "video_url": "https://file.example/v.mp4" } }
            """);

        Assert.Equal("r-1", status.TaskId);
        Assert.Equal(KieTaskState.Success, status.State);
        Assert.Null(status.RawState);
        Assert.Null(status.FailCode);
    }

    [Fact]
    public void A_family_body_without_state_and_code_501_is_a_failure_with_that_code()
    {
        var status = Parse("""{ "code": 501, "msg": "Generation failed: content policy", "data": { "taskId": "veo-1", "info": null } }""");

        Assert.Equal(KieTaskState.Failed, status.State);
        Assert.Equal("501", status.FailCode);
        Assert.Equal("Generation failed: content policy", status.FailMessage);
    }

    [Fact]
    public void The_result_json_string_is_parsed_into_result_urls()
    {
        var status = Parse("""
            { "code": 200, "data": { "taskId": "t", "state": "success",
              "resultJson": "{\"resultUrls\":[\"https://a.example/1.png\",\"https://a.example/2.png\"]}" } }
            """);

        Assert.Equal([new Uri("https://a.example/1.png"), new Uri("https://a.example/2.png")], status.ResultUrls);
        Assert.Equal("""{"resultUrls":["https://a.example/1.png","https://a.example/2.png"]}""", status.ResultJson);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"code\":200")]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[1,2]")]
    public void A_body_that_is_not_an_envelope_is_invalid(string body)
    {
        Assert.Throws<KieInvalidResponseException>(() => Parse(body));
    }

    [Theory]
    [InlineData("""{"code":200,"msg":"ok"}""")]
    [InlineData("""{"code":200,"msg":"ok","data":null}""")]
    [InlineData("""{"code":200,"msg":"ok","data":"t-1"}""")]
    public void A_body_without_a_data_object_is_invalid(string body)
    {
        var error = Assert.Throws<KieInvalidResponseException>(() => Parse(body));

        Assert.Equal(200, error.KieCode);
    }

    [Theory]
    [InlineData("""{"code":200,"data":{"state":"success"}}""")]
    [InlineData("""{"code":200,"data":{"taskId":"","state":"success"}}""")]
    [InlineData("""{"code":200,"data":{"taskId":null,"state":"success"}}""")]
    public void A_body_without_a_task_id_is_invalid(string body)
    {
        var error = Assert.Throws<KieInvalidResponseException>(() => Parse(body));

        Assert.Contains("task id", error.Message, StringComparison.Ordinal);
    }
}

/// <summary><see cref="KieCallback.Verify"/> and <see cref="KieCallback.Sign"/>: KIE's HMAC-SHA256 over <c>{taskId}.{timestamp}</c>.</summary>
public sealed class CallbackVerifyTests
{
    private const string Secret = "whsec-current";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"code":200,"msg":"ok","data":{"taskId":"task-42","state":"success"}}""");
    private readonly TestClock _clock = new();

    private KieCallbackVerification Verify(byte[] body, string? timestamp, string? signature, string? secret = Secret, TimeSpan? maxAge = null, string? previous = null) =>
        KieCallback.Verify(body, timestamp, signature, secret, _clock, maxAge, previous);

    /// <summary>The documented algorithm, written out independently of the SDK.</summary>
    private static string Documented(string taskId, string timestamp, string secret) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(taskId + "." + timestamp)));

    private string Now => _clock.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Sign_follows_the_documented_algorithm()
    {
        var (timestamp, signature) = KieCallback.Sign("task-42", _clock.GetUtcNow(), Secret);

        Assert.Equal(Now, timestamp);
        Assert.Equal(Documented("task-42", timestamp, Secret), signature);
    }

    [Fact]
    public void A_fresh_callback_signed_by_the_documented_algorithm_is_valid()
    {
        var result = Verify(Body, Now, Documented("task-42", Now, Secret));

        Assert.True(result.IsValid);
        Assert.Equal(KieCallbackVerificationFailure.None, result.Failure);
        Assert.Equal("task-42", result.TaskId);
    }

    [Fact]
    public void A_callback_signed_with_Sign_is_valid_and_the_task_id_may_be_task_id()
    {
        var body = Encoding.UTF8.GetBytes("""{"code":200,"data":{"task_id":"runway-7","video_url":"https://x.example/v.mp4"}}""");
        var (timestamp, signature) = KieCallback.Sign("runway-7", _clock.GetUtcNow(), Secret);

        var result = Verify(body, timestamp, signature);

        Assert.True(result.IsValid);
        Assert.Equal("runway-7", result.TaskId);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Without_a_secret_nothing_verifies(string? secret)
    {
        var (timestamp, signature) = KieCallback.Sign("task-42", _clock.GetUtcNow(), Secret);

        var result = Verify(Body, timestamp, signature, secret);

        Assert.False(result.IsValid);
        Assert.Equal(KieCallbackVerificationFailure.NoSecretConfigured, result.Failure);
    }

    [Theory]
    [InlineData(null, "sig")]
    [InlineData("", "sig")]
    [InlineData("1786432746", null)]
    [InlineData("1786432746", " ")]
    public void Missing_headers_fail(string? timestamp, string? signature)
    {
        Assert.Equal(KieCallbackVerificationFailure.MissingHeaders, Verify(Body, timestamp, signature).Failure);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("1786432746.5")]
    [InlineData("2030-01-01T00:00:00Z")]
    public void A_timestamp_that_is_not_unix_seconds_fails(string timestamp)
    {
        Assert.Equal(KieCallbackVerificationFailure.MalformedTimestamp, Verify(Body, timestamp, "c2ln").Failure);
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    [InlineData(-86400)]
    public void A_timestamp_further_than_max_age_either_way_is_expired(int offsetSeconds)
    {
        var (timestamp, signature) = KieCallback.Sign("task-42", _clock.GetUtcNow().AddSeconds(offsetSeconds), Secret);

        var result = Verify(Body, timestamp, signature);

        Assert.Equal(KieCallbackVerificationFailure.Expired, result.Failure);
        Assert.False(result.IsValid);
    }

    [Theory]
    [InlineData(-300)]
    [InlineData(300)]
    [InlineData(0)]
    public void A_timestamp_within_max_age_is_accepted(int offsetSeconds)
    {
        var (timestamp, signature) = KieCallback.Sign("task-42", _clock.GetUtcNow().AddSeconds(offsetSeconds), Secret);

        Assert.True(Verify(Body, timestamp, signature).IsValid);
    }

    [Fact]
    public void Max_age_is_configurable_and_follows_the_clock()
    {
        var (timestamp, signature) = KieCallback.Sign("task-42", _clock.GetUtcNow(), Secret);
        _clock.Advance(TimeSpan.FromSeconds(61));

        Assert.Equal(KieCallbackVerificationFailure.Expired, Verify(Body, timestamp, signature, maxAge: TimeSpan.FromMinutes(1)).Failure);
        Assert.True(Verify(Body, timestamp, signature, maxAge: TimeSpan.FromMinutes(2)).IsValid);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"code":200,"data":{"state":"success"}}""")]
    [InlineData("""{"code":200}""")]
    public void A_body_without_a_task_id_fails(string body)
    {
        var (timestamp, signature) = KieCallback.Sign("task-42", _clock.GetUtcNow(), Secret);

        Assert.Equal(KieCallbackVerificationFailure.MalformedBody, Verify(Encoding.UTF8.GetBytes(body), timestamp, signature).Failure);
    }

    [Fact]
    public void A_signature_made_with_another_secret_does_not_match()
    {
        var (timestamp, signature) = KieCallback.Sign("task-42", _clock.GetUtcNow(), "someone-else");

        var result = Verify(Body, timestamp, signature);

        Assert.Equal(KieCallbackVerificationFailure.SignatureMismatch, result.Failure);
        Assert.DoesNotContain(Secret, result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_signature_for_another_task_does_not_match_a_tampered_body()
    {
        var (timestamp, signature) = KieCallback.Sign("task-41", _clock.GetUtcNow(), Secret);

        Assert.Equal(KieCallbackVerificationFailure.SignatureMismatch, Verify(Body, timestamp, signature).Failure);
    }

    [Fact]
    public void A_signature_for_another_timestamp_does_not_match()
    {
        var (timestamp, signature) = KieCallback.Sign("task-42", _clock.GetUtcNow(), Secret);
        var otherTimestamp = (long.Parse(timestamp, System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(KieCallbackVerificationFailure.SignatureMismatch, Verify(Body, otherTimestamp, signature).Failure);
    }

    [Theory]
    [InlineData("not base64 at all!")]
    [InlineData("AAAA")]
    [InlineData("////////////////////////////////////////////////////////////////////////////////////////////////////////////////")]
    public void A_signature_that_is_not_the_right_base64_does_not_match(string signature)
    {
        Assert.Equal(KieCallbackVerificationFailure.SignatureMismatch, Verify(Body, Now, signature).Failure);
    }

    [Fact]
    public void A_truncated_signature_does_not_match()
    {
        var signature = Convert.FromBase64String(Documented("task-42", Now, Secret));

        var result = Verify(Body, Now, Convert.ToBase64String(signature[..16]));

        Assert.Equal(KieCallbackVerificationFailure.SignatureMismatch, result.Failure);
    }

    [Fact]
    public void The_previous_secret_is_accepted_during_rotation()
    {
        var (timestamp, signature) = KieCallback.Sign("task-42", _clock.GetUtcNow(), "whsec-old");

        Assert.True(Verify(Body, timestamp, signature, previous: "whsec-old").IsValid);
        Assert.Equal(KieCallbackVerificationFailure.SignatureMismatch, Verify(Body, timestamp, signature).Failure);
        Assert.Equal(KieCallbackVerificationFailure.SignatureMismatch, Verify(Body, timestamp, signature, previous: "whsec-older").Failure);
    }

    [Fact]
    public void Every_wrong_signature_of_the_right_length_is_refused()
    {
        // Fixed-time comparison must still compare every byte: flip each byte in turn.
        var good = Convert.FromBase64String(Documented("task-42", Now, Secret));
        for (var i = 0; i < good.Length; i++)
        {
            var bad = (byte[])good.Clone();
            bad[i] ^= 0x01;
            Assert.Equal(KieCallbackVerificationFailure.SignatureMismatch, Verify(Body, Now, Convert.ToBase64String(bad)).Failure);
        }

        Assert.True(Verify(Body, Now, Convert.ToBase64String(good)).IsValid);
    }

    [Fact]
    public void Surrounding_whitespace_in_headers_is_tolerated()
    {
        var (timestamp, signature) = KieCallback.Sign("task-42", _clock.GetUtcNow(), Secret);

        Assert.True(Verify(Body, $" {timestamp} ", $" {signature} ").IsValid);
    }
}
