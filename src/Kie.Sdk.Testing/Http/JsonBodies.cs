using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Kie.Sdk.Testing.Http;

/// <summary>Writes the simulator's JSON with <see cref="Utf8JsonWriter"/> (no reflection, so trimming and AOT are safe).</summary>
internal static class JsonBodies
{
    // KIE answers with plain UTF-8 text; the relaxed encoder keeps non-Latin prompts readable in logs and tests.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Runs a writer over a fresh buffer and returns the UTF-8 bytes.</summary>
    public static byte[] Write<TState>(TState state, Action<Utf8JsonWriter, TState> write)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer, state);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The KIE error envelope <c>{"code":..,"msg":..[,"data":null]}</c>.</summary>
    public static byte[] Error(int code, string message, bool withData) => Write((code, message, withData), static (writer, state) =>
    {
        writer.WriteStartObject();
        writer.WriteNumber("code", state.code);
        writer.WriteString("msg", state.message);
        if (state.withData)
        {
            writer.WriteNull("data");
        }

        writer.WriteEndObject();
    });

    /// <summary>The error envelope as text.</summary>
    public static string Text(int code, string message, bool withData) => Encoding.UTF8.GetString(Error(code, message, withData));

    /// <summary>The success envelope <c>{"code":200,"msg":"success","data":...}</c>, <c>data</c> written by the caller.</summary>
    public static byte[] Success<TState>(TState state, Action<Utf8JsonWriter, TState> writeData) => Write((state, writeData), static (writer, pair) =>
    {
        writer.WriteStartObject();
        writer.WriteNumber("code", 200);
        writer.WriteString("msg", "success");
        writer.WritePropertyName("data");
        pair.writeData(writer, pair.state);
        writer.WriteEndObject();
    });
}
