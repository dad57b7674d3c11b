namespace Kie.Sdk.Catalog;

/// <summary>
/// The mode ids the embedded catalog uses. A mode id is unique within its model; these are conventions, not a closed
/// set (an override file may add others).
/// </summary>
public static class KieModeIds
{
    /// <summary>Image from a prompt.</summary>
    public const string TextToImage = "text-to-image";

    /// <summary>Image from a prompt and reference images.</summary>
    public const string ImageToImage = "image-to-image";

    /// <summary>Change an existing image as a prompt says.</summary>
    public const string Edit = "edit";

    /// <summary>Video from a prompt.</summary>
    public const string TextToVideo = "text-to-video";

    /// <summary>Video from a prompt and a start image.</summary>
    public const string ImageToVideo = "image-to-video";

    /// <summary>Video guided by reference images, videos or audio.</summary>
    public const string ReferenceToVideo = "reference-to-video";

    /// <summary>A video of several shots, each with its own prompt.</summary>
    public const string MultiShot = "multi-shot";

    /// <summary>A talking video from a portrait and an audio track.</summary>
    public const string LipSync = "lip-sync";

    /// <summary>Speech from text.</summary>
    public const string TextToSpeech = "text-to-speech";

    /// <summary>A dialogue between several voices from text.</summary>
    public const string TextToDialogue = "text-to-dialogue";

    /// <summary>A sound effect from a description.</summary>
    public const string SoundEffect = "sound-effect";

    /// <summary>A transcript from audio.</summary>
    public const string SpeechToText = "speech-to-text";

    /// <summary>A larger version of an image or video.</summary>
    public const string Upscale = "upscale";

    /// <summary>An image with its background removed.</summary>
    public const string RemoveBackground = "remove-background";
}
