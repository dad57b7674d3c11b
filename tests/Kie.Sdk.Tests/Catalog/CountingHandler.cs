using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Kie.Sdk.Tests.Catalog;

/// <summary>Counts requests and keeps their bodies; answers every createTask with a task id.</summary>
internal sealed class CountingHandler : HttpMessageHandler
{
    private int _count;

    public int Count => _count;

    public List<JsonObject> Bodies { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _count);
        if (request.Content is not null)
        {
            var body = await request.Content.ReadAsStringAsync(cancellationToken);
            lock (Bodies)
            {
                Bodies.Add((JsonObject)JsonNode.Parse(body)!);
            }
        }

        return new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent("""{"code":200,"msg":"success","data":{"taskId":"task-1"}}""", Encoding.UTF8, "application/json"),
        };
    }
}
