using System.Text.Json;
using Kie.Sdk.Testing.Http;

namespace Kie.Sdk.Testing.Endpoints;

/// <summary><c>GET /api/v1/chat/credit</c> and <c>POST /api/v1/common/download-url</c>.</summary>
internal static class AccountEndpoints
{
    public static HttpResponseMessage Credit(SimulatorState state, IncomingRequest request) =>
        Responses.Success(state.Credits.Balance, static (writer, balance) => writer.WriteNumberValue(balance));

    public static HttpResponseMessage DownloadUrl(SimulatorState state, IncomingRequest request)
    {
        using var document = request.TryParseJsonObject();
        if (document is null ||
            !document.RootElement.TryGetProperty("url", out var urlElement) ||
            urlElement.ValueKind != JsonValueKind.String ||
            !Uri.TryCreate(urlElement.GetString(), UriKind.Absolute, out var url))
        {
            return Responses.BodyError(422, "url is required.");
        }

        if (!state.Files.IsHosted(url))
        {
            return Responses.BodyError(422, "url is not a KIE file");
        }

        return Responses.Success(state.Files.SignedLink(url).AbsoluteUri, static (writer, link) => writer.WriteStringValue(link));
    }
}
