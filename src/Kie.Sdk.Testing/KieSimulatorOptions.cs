using System.Text.Json.Nodes;

namespace Kie.Sdk.Testing;

/// <summary>
/// Settings of a <see cref="KieSimulator"/>. The simulator keeps this instance and reads each setting when it is
/// needed, so a setting changed later (say <see cref="CallbackHandler"/>, once the app that handles callbacks exists)
/// applies to later requests. <see cref="TimeProvider"/> is the exception: it is fixed when the simulator is created.
/// </summary>
public sealed class KieSimulatorOptions
{
    /// <summary>The clock for task states, rate limits, link expiry and callbacks. Default <see cref="TimeProvider.System"/>; use a <c>FakeTimeProvider</c> in tests.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// The API key the simulator accepts. <see langword="null"/> (the default) accepts any non-empty Bearer token;
    /// otherwise another token gets HTTP 401 <c>{"code":401,"msg":"You do not have access permissions"}</c>.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>The account's starting balance in credits. Default 1000. Read and change it later through <see cref="KieSimulator.Credits"/>.</summary>
    public decimal InitialCredits { get; set; } = 1000m;

    /// <summary>
    /// How many createTask requests are accepted per <see cref="CreateRateLimitWindow"/> (sliding window; KIE allows
    /// 20 per 10 s). Excess requests get HTTP 200 with body code 429 and create nothing. 0 turns the limit off. Default 20.
    /// </summary>
    public int CreateRateLimit { get; set; } = 20;

    /// <summary>The window of <see cref="CreateRateLimit"/>. Default 10 s.</summary>
    public TimeSpan CreateRateLimitWindow { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The <c>webhookHmacKey</c>: when set, callbacks carry <c>X-Webhook-Timestamp</c> and <c>X-Webhook-Signature</c> headers made with <see cref="KieCallback.Sign"/>.</summary>
    public string? CallbackSecret { get; set; }

    /// <summary>
    /// Receives the callback of every task created with a <c>callBackUrl</c>, once, when the task succeeds or fails
    /// (no network is used: this delegate stands for your endpoint). An exception or a cancelled token counts as a
    /// failed delivery, which is retried at once, up to 3 attempts in all. The token is cancelled after 15 s on the
    /// simulator's clock (KIE's time limit). <see langword="null"/> (the default) drops callbacks.
    /// </summary>
    public Func<KieSimulatorCallback, CancellationToken, Task>? CallbackHandler { get; set; }

    /// <summary>
    /// The credits a successful task of a model costs, given its input. <see langword="null"/> (the default) uses a
    /// rough guess: 60 for video models, 12 for audio and speech models, 4 for anything else.
    /// A task's <see cref="KieSimulatorOutcome.Price"/>, when set, wins over this.
    /// </summary>
    public Func<string, JsonObject, decimal>? PriceOf { get; set; }

    /// <summary>Timings of image models (anything not recognised as video or audio). Default <see cref="KieSimulatorTimings.Image"/>.</summary>
    public KieSimulatorTimings ImageTimings { get; set; } = KieSimulatorTimings.Image;

    /// <summary>Timings of video models (model id containing video, kling, veo, wan, hailuo, seedance, sora, …). Default <see cref="KieSimulatorTimings.Video"/>.</summary>
    public KieSimulatorTimings VideoTimings { get; set; } = KieSimulatorTimings.Video;

    /// <summary>Timings of audio and speech models (model id containing elevenlabs, suno, audio, speech, music, …). Default <see cref="KieSimulatorTimings.Audio"/>.</summary>
    public KieSimulatorTimings AudioTimings { get; set; } = KieSimulatorTimings.Audio;

    /// <summary>
    /// How many of the latest requests <see cref="KieSimulator.Requests"/> keeps (older ones are dropped so a long
    /// demo does not grow without end; <see cref="KieSimulator.CountRequests"/> still counts every request). Default 10 000.
    /// </summary>
    public int RequestLogCapacity { get; set; } = 10_000;

    /// <summary>Checks the settings the simulator cannot run without.</summary>
    /// <exception cref="ArgumentException">A setting is missing or out of range; the message names it.</exception>
    internal void ThrowIfInvalid()
    {
        ArgumentNullException.ThrowIfNull(TimeProvider, nameof(TimeProvider));
        ArgumentNullException.ThrowIfNull(ImageTimings, nameof(ImageTimings));
        ArgumentNullException.ThrowIfNull(VideoTimings, nameof(VideoTimings));
        ArgumentNullException.ThrowIfNull(AudioTimings, nameof(AudioTimings));
        ArgumentOutOfRangeException.ThrowIfNegative(CreateRateLimit, nameof(CreateRateLimit));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(CreateRateLimitWindow, TimeSpan.Zero, nameof(CreateRateLimitWindow));
        ArgumentOutOfRangeException.ThrowIfNegative(RequestLogCapacity, nameof(RequestLogCapacity));
    }
}
