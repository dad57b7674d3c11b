using System.Net;
using Kie.Sdk.Testing.Http;

namespace Kie.Sdk.Testing.Endpoints;

/// <summary>A GET on a storage host (results on tempfile.aiquickdraw.com, uploads on tempfile.redpandaai.co).</summary>
internal static class FileEndpoint
{
    public static HttpResponseMessage Get(SimulatorState state, IncomingRequest request)
    {
        // A signed link past its expiry is refused the way a CDN does, which is what makes clients refresh it.
        if (state.Files.IsExpired(request.Query("expires")))
        {
            return Responses.Text(HttpStatusCode.Forbidden, "Request has expired", "text/plain");
        }

        return state.Files.Find(request.Path) is { } file
            ? Responses.Bytes(HttpStatusCode.OK, file.Bytes, file.MediaType)
            : Responses.NotFound();
    }
}
