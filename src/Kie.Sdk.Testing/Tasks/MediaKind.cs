namespace Kie.Sdk.Testing.Tasks;

/// <summary>What a model makes, which decides its timings, its default price and the kind of result file.</summary>
internal enum MediaKind
{
    Image,
    Video,
    Audio,
}

/// <summary>Guesses a model's <see cref="MediaKind"/> from its id (KIE publishes no machine-readable kind).</summary>
internal static class ModelKinds
{
    private static readonly string[] VideoMarkers =
        ["video", "kling", "veo", "wan/", "wan-", "hailuo", "seedance", "sora", "runway", "aleph", "avatar", "infinitalk"];

    private static readonly string[] AudioMarkers = ["elevenlabs", "suno", "audio", "speech", "music", "tts", "sound"];

    public static MediaKind Classify(string model)
    {
        if (VideoMarkers.Any(marker => model.Contains(marker, StringComparison.OrdinalIgnoreCase)))
        {
            return MediaKind.Video;
        }

        return AudioMarkers.Any(marker => model.Contains(marker, StringComparison.OrdinalIgnoreCase)) ? MediaKind.Audio : MediaKind.Image;
    }

    public static KieSimulatorTimings TimingsOf(MediaKind kind, KieSimulatorOptions options) => kind switch
    {
        MediaKind.Video => options.VideoTimings,
        MediaKind.Audio => options.AudioTimings,
        _ => options.ImageTimings,
    };

    /// <summary>The built-in price guess, in credits, when <see cref="KieSimulatorOptions.PriceOf"/> is not set.</summary>
    public static decimal DefaultPrice(MediaKind kind) => kind switch
    {
        MediaKind.Video => 60m,
        MediaKind.Audio => 12m,
        _ => 4m,
    };
}
