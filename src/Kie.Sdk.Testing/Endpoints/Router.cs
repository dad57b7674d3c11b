using System.Net.Http.Headers;
using Kie.Sdk.Testing.Http;

namespace Kie.Sdk.Testing.Endpoints;

/// <summary>
/// Routes by path alone, whatever the host, so the simulator answers for api.kie.ai, the upload host and the storage
/// hosts at once (and for any base URL a test configures).
/// </summary>
internal static class Router
{
    private delegate HttpResponseMessage Endpoint(SimulatorState state, IncomingRequest request);

    public static HttpResponseMessage Route(SimulatorState state, IncomingRequest request)
    {
        if (!request.Path.StartsWith("/api/", StringComparison.Ordinal))
        {
            // Storage hosts take no key: a GET of a hosted file.
            return request.Method == HttpMethod.Get ? FileEndpoint.Get(state, request) : Responses.NotFound();
        }

        (HttpMethod Method, Endpoint Handler)? route = request.Path switch
        {
            "/api/v1/jobs/createTask" => (HttpMethod.Post, TaskEndpoints.Create),
            "/api/v1/jobs/recordInfo" => (HttpMethod.Get, TaskEndpoints.RecordInfo),
            "/api/v1/chat/credit" => (HttpMethod.Get, AccountEndpoints.Credit),
            "/api/v1/common/download-url" => (HttpMethod.Post, AccountEndpoints.DownloadUrl),
            "/api/file-stream-upload" => (HttpMethod.Post, UploadEndpoints.Stream),
            "/api/file-base64-upload" => (HttpMethod.Post, UploadEndpoints.Base64),
            "/api/file-url-upload" => (HttpMethod.Post, UploadEndpoints.FromUrl),
            _ => null,
        };

        if (route is not { } found)
        {
            return Responses.NotFound();
        }

        if (!IsAuthorized(request.Authorization, state.Options.ApiKey))
        {
            return Responses.Unauthorized();
        }

        return request.Method == found.Method ? found.Handler(state, request) : Responses.MethodNotAllowed();
    }

    private static bool IsAuthorized(AuthenticationHeaderValue? header, string? apiKey) =>
        header is { Parameter: { Length: > 0 } token } &&
        header.Scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase) &&
        (apiKey is null || string.Equals(token, apiKey, StringComparison.Ordinal));
}
