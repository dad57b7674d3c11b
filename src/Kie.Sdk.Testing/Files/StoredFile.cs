namespace Kie.Sdk.Testing.Files;

/// <summary>A file's bytes and media type.</summary>
internal sealed record StoredFile(byte[] Bytes, string MediaType);
