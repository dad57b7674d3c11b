using System.Net.Http;

namespace Kie.Sdk.Http;

/// <summary>The per-request facts the handlers and the retry predicate read from <see cref="HttpRequestMessage.Options"/>.</summary>
internal static class KieRequestOptions
{
    /// <summary>What the request does.</summary>
    public static readonly HttpRequestOptionsKey<KieRequestKind> Kind = new("Kie.RequestKind");

    /// <summary>The <c>code</c> of the last response's KIE envelope, set by <see cref="KieEnvelopeHandler"/>.</summary>
    public static readonly HttpRequestOptionsKey<int> BodyCode = new("Kie.BodyCode");

    /// <summary>Whether the last response's message says credits are insufficient.</summary>
    public static readonly HttpRequestOptionsKey<bool> InsufficientCredits = new("Kie.InsufficientCredits");

    /// <summary>The attempt timeout for this request, when it differs from <see cref="KieClientOptions.AttemptTimeout"/>.</summary>
    public static readonly HttpRequestOptionsKey<TimeSpan> AttemptTimeout = new("Kie.AttemptTimeout");

    /// <summary>The kind of a request; <see cref="KieRequestKind.Read"/> for GETs not marked, <see cref="KieRequestKind.Submit"/> otherwise.</summary>
    public static KieRequestKind KindOf(HttpRequestMessage? request)
    {
        if (request is null)
        {
            return KieRequestKind.Submit;
        }

        return request.Options.TryGetValue(Kind, out var kind) ? kind : request.Method == HttpMethod.Get ? KieRequestKind.Read : KieRequestKind.Submit;
    }
}
