namespace Kie.Sdk.Catalog;

/// <summary>What a catalogued model makes: the first level of a menu (category → model → mode → parameters).</summary>
public enum KieModelCategory
{
    /// <summary>
    /// Not yet classified. Catalog sync gives models it discovers this category (KIE's listing has none), and they stay
    /// disabled until an administrator supplies one. Catalog JSON: <c>unknown</c>.
    /// </summary>
    Unknown = 0,

    /// <summary>Still images: text-to-image, image-to-image, edits. Catalog JSON: <c>image</c>.</summary>
    Image,

    /// <summary>Video: text-to-video, image-to-video, lip-sync, avatars. Catalog JSON: <c>video</c>.</summary>
    Video,

    /// <summary>Non-speech audio: sound effects, music. Catalog JSON: <c>audio</c>.</summary>
    Audio,

    /// <summary>Speech: text-to-speech, dialogue, speech-to-text. Catalog JSON: <c>speech</c>.</summary>
    Speech,

    /// <summary>Utilities on existing media: upscaling, background removal. Catalog JSON: <c>tools</c>.</summary>
    Tools,
}
