namespace Kie.Sdk;

/// <summary>Checks base64 upload data (raw or a <c>data:</c> URL) and tells its decoded size without decoding it.</summary>
internal static class Base64Payload
{
    /// <summary>The number of bytes the data decodes to.</summary>
    /// <exception cref="ArgumentException">The data is not base64.</exception>
    public static long DecodedLength(string data, string parameterName)
    {
        var payload = data.AsSpan();
        if (payload.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            var comma = payload.IndexOf(',');
            if (comma < 0 || !payload[..comma].EndsWith(";base64", StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException("A data: URL must be base64-encoded (data:<type>;base64,<data>).", parameterName);
            }

            payload = payload[(comma + 1)..];
        }

        payload = payload.Trim();
        if (payload.IsEmpty || payload.Length % 4 != 0 || !System.Buffers.Text.Base64.IsValid(payload, out var decodedLength))
        {
            throw new ArgumentException("The data is not valid base64.", parameterName);
        }

        return decodedLength;
    }
}
