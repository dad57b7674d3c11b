namespace Kie.Sdk.Testing;

/// <summary>One request the simulator received, as logged in <see cref="KieSimulator.Requests"/>. Never holds the API key.</summary>
public sealed record KieSimulatorRequest
{
    /// <summary>The HTTP method, e.g. <c>POST</c>.</summary>
    public string Method { get; init; } = string.Empty;

    /// <summary>The full request URI, host and query included.</summary>
    public Uri Uri { get; init; } = new("https://api.kie.ai");

    /// <summary>The path without the query, e.g. <c>/api/v1/jobs/recordInfo</c>.</summary>
    public string Path { get; init; } = string.Empty;

    /// <summary>The host the request was addressed to, e.g. <c>api.kie.ai</c> or <c>tempfile.aiquickdraw.com</c>.</summary>
    public string Host => Uri.Host;

    /// <summary>Whether an <c>Authorization</c> header was sent (its value is never recorded).</summary>
    public bool HasAuthorization { get; init; }

    /// <summary>The scheme of the <c>Authorization</c> header, e.g. <c>Bearer</c>; the credential itself is redacted.</summary>
    public string? AuthorizationScheme { get; init; }

    /// <summary>The media type of the body, if any.</summary>
    public string? ContentType { get; init; }

    /// <summary>The body text of a JSON request (cut to its first 64 KiB); <see langword="null"/> for other bodies.</summary>
    public string? Body { get; init; }

    /// <summary>When it arrived, on the simulator's clock.</summary>
    public DateTimeOffset ReceivedAt { get; init; }
}
