using System.Text;

namespace Kie.Sdk.Testing;

/// <summary>A callback the simulator delivers to <see cref="KieSimulatorOptions.CallbackHandler"/> in place of a POST to the task's <c>callBackUrl</c>.</summary>
/// <param name="CallbackUrl">The task's <c>callBackUrl</c>, where KIE would POST.</param>
/// <param name="Body">The JSON body KIE would POST (pass <c>Body.Span</c> to <see cref="KieCallback.Verify"/> and <see cref="KieCallback.Parse"/>): <c>{"code":200|501,"msg":…,"data":{taskId, model, state, …}}</c>.</param>
/// <param name="Headers">The headers: <c>Content-Type</c>, and <c>X-Webhook-Timestamp</c> and <c>X-Webhook-Signature</c> when <see cref="KieSimulatorOptions.CallbackSecret"/> is set.</param>
/// <param name="TaskId">The task the callback is about.</param>
public sealed record KieSimulatorCallback(Uri CallbackUrl, ReadOnlyMemory<byte> Body, IReadOnlyDictionary<string, string> Headers, string TaskId)
{
    /// <summary>The body as UTF-8 text.</summary>
    public string BodyText => Encoding.UTF8.GetString(Body.Span);

    /// <summary>A header's value, or <see langword="null"/> when absent (names are case-insensitive).</summary>
    /// <param name="name">The header name.</param>
    /// <returns>The value.</returns>
    public string? Header(string name) =>
        Headers.FirstOrDefault(pair => string.Equals(pair.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
}
