using System.Text.Json;

namespace Kie.Sdk.Http;

/// <summary>
/// Reads the <c>code</c> of KIE's JSON envelope from every API response and records it on the request, because KIE
/// puts errors such as 429 inside HTTP 200 bodies and the retry predicate can only see the response. The body is
/// buffered (API answers are small) so the client can read it again.
/// </summary>
internal sealed class KieEnvelopeHandler : DelegatingHandler
{
    /// <summary>Bodies larger than this are not inspected (no API answer is near it).</summary>
    private const long MaxInspectedBytes = 1024 * 1024;

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        request.Options.Remove(KieRequestOptions.BodyCode.Key, out _);
        request.Options.Remove(KieRequestOptions.InsufficientCredits.Key, out _);
        if (KieRequestOptions.KindOf(request) == KieRequestKind.Download ||
            response.Content.Headers.ContentLength > MaxInspectedBytes)
        {
            return response;
        }

        await response.Content.LoadIntoBufferAsync(MaxInspectedBytes, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (TryPeek(body, out var code, out var message))
        {
            request.Options.Set(KieRequestOptions.BodyCode, code);
            request.Options.Set(KieRequestOptions.InsufficientCredits, KieErrorMapper.SaysInsufficientCredits(message));
        }

        return response;
    }

    /// <summary>Finds the top-level <c>code</c> and <c>msg</c> without building a document.</summary>
    internal static bool TryPeek(ReadOnlySpan<byte> body, out int code, out string? message)
    {
        code = 0;
        message = null;
        var found = false;
        try
        {
            var reader = new Utf8JsonReader(body);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isCode = reader.ValueTextEquals("code"u8);
                var isMessage = reader.ValueTextEquals("msg"u8);
                reader.Read();
                if (isCode && reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number))
                {
                    code = number;
                    found = true;
                }
                else if (isCode && reader.TokenType == JsonTokenType.String && int.TryParse(reader.GetString(), out number))
                {
                    code = number;
                    found = true;
                }
                else if (isMessage && reader.TokenType == JsonTokenType.String)
                {
                    message = reader.GetString();
                }
                else
                {
                    reader.Skip();
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON (an HTML error page from a proxy, say): the HTTP status alone decides.
        }

        return found;
    }
}
