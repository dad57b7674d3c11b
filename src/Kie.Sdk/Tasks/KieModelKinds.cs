namespace Kie.Sdk;

/// <summary>Guesses from a model id whether it makes video, which takes longer and gets longer waits.</summary>
internal static class KieModelKinds
{
    private static readonly string[] VideoMarkers =
        ["video", "veo", "kling", "wan/", "hailuo", "seedance", "sora", "avatar", "infinitalk", "runway", "aleph", "lip"];

    /// <summary><see langword="true"/> when the id names a video model.</summary>
    public static bool IsVideo(string? model) =>
        model is not null && VideoMarkers.Any(marker => model.Contains(marker, StringComparison.OrdinalIgnoreCase));
}
