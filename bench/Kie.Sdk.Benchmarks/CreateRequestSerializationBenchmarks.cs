using System.Buffers;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Kie.Sdk.Catalog;
using Kie.Sdk.Json;

namespace Kie.Sdk.Benchmarks;

/// <summary>
/// Serialising a typical createTask body (model, callBackUrl, and an input with a prompt, two enums, a list of two
/// image URLs, a number and a flag) to the UTF-8 bytes that go on the wire. The SDK's path is the one
/// <c>KieClient.CreateTaskAsync</c> takes from a <see cref="CreateTaskRequest"/> (no catalog set): a
/// <see cref="CreateTaskWire"/> through the source-generated <see cref="KieJsonContext"/>. The baseline writes the
/// same bytes by hand with <see cref="Utf8JsonWriter"/> from a typed request, as a hand-written client for this one
/// model would. Target: SDK ≤ 1.2× the baseline's time and no more allocated bytes.
/// </summary>
[MemoryDiagnoser]
public class CreateRequestSerializationBenchmarks
{
    private CreateTaskRequest _request = null!;
    private TypedRequest _typed = null!;

    [GlobalSetup]
    public void Setup()
    {
        _typed = new TypedRequest(
            "google/nano-banana-edit",
            "https://bot.example.com/kie/callback?chat=42",
            "Turn the bicycle red and add falling snow, keep the fence and the lighting as they are",
            "16:9",
            "2K",
            ["https://tempfile.redpandaai.co/kie-sdk/ref-1.png", "https://tempfile.redpandaai.co/kie-sdk/ref-2.png"],
            2,
            true);
        _request = new CreateTaskRequest(_typed.Model) { CallbackUrl = new Uri(_typed.CallbackUrl) };
        _request.Input
            .Set("prompt", _typed.Prompt)
            .Set("aspect_ratio", _typed.AspectRatio)
            .Set("resolution", _typed.Resolution)
            .Set("image_urls", _typed.ImageUrls.Select(url => new Uri(url)))
            .Set("num_images", _typed.NumImages)
            .Set("enable_safety_checker", _typed.SafetyChecker);

        var sdk = Sdk();
        var baseline = HandWritten();
        var cached = HandWrittenCachedWriter();
        if (!sdk.AsSpan().SequenceEqual(baseline) || !cached.AsSpan().SequenceEqual(baseline))
        {
            throw new InvalidOperationException($"The bodies differ:\nSDK:      {Encoding.UTF8.GetString(sdk)}\nbaseline: {Encoding.UTF8.GetString(baseline)}\ncached:   {Encoding.UTF8.GetString(cached)}");
        }
    }

    /// <summary>The SDK: what <c>CreateTaskAsync</c> builds and serialises.</summary>
    [Benchmark]
    public byte[] Sdk()
    {
        var wire = new CreateTaskWire
        {
            Model = _request.Model,
            CallBackUrl = _request.CallbackUrl?.AbsoluteUri,
            Input = CatalogGuard.InputToSend(null, _request),
        };
        return JsonSerializer.SerializeToUtf8Bytes(wire, KieJsonContext.Default.CreateTaskWire);
    }

    /// <summary>By hand, as the documentation shows it: a fresh buffer and writer per body.</summary>
    [Benchmark(Baseline = true)]
    public byte[] HandWritten()
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using var writer = new Utf8JsonWriter(buffer);
        Write(writer, _typed);
        writer.Flush();
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// For reference, the floor: by hand with a writer and buffer reused per thread, so only the result array is
    /// allocated (what <see cref="JsonSerializer.SerializeToUtf8Bytes{TValue}(TValue, System.Text.Json.Serialization.Metadata.JsonTypeInfo{TValue})"/> does inside).
    /// </summary>
    [Benchmark]
    public byte[] HandWrittenCachedWriter()
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(512);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer);
        writer.Reset(buffer);
        Write(writer, _typed);
        writer.Flush();
        return buffer.WrittenSpan.ToArray();
    }

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    private static void Write(Utf8JsonWriter writer, TypedRequest request)
    {
        writer.WriteStartObject();
        writer.WriteString("model"u8, request.Model);
        writer.WriteString("callBackUrl"u8, request.CallbackUrl);
        writer.WriteStartObject("input"u8);
        writer.WriteString("prompt"u8, request.Prompt);
        writer.WriteString("aspect_ratio"u8, request.AspectRatio);
        writer.WriteString("resolution"u8, request.Resolution);
        writer.WriteStartArray("image_urls"u8);
        foreach (var url in request.ImageUrls)
        {
            writer.WriteStringValue(url);
        }

        writer.WriteEndArray();
        writer.WriteNumber("num_images"u8, request.NumImages);
        writer.WriteBoolean("enable_safety_checker"u8, request.SafetyChecker);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary>The request a hand-written client for this one model would take.</summary>
    private sealed record TypedRequest(
        string Model,
        string CallbackUrl,
        string Prompt,
        string AspectRatio,
        string Resolution,
        string[] ImageUrls,
        long NumImages,
        bool SafetyChecker);
}
