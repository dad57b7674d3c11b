using System.Text;
using Kie.Sdk.Testing.Http;

namespace Kie.Sdk.Testing.Inspection;

/// <summary>The latest requests (bounded) and a count of every request per path (unbounded, but one entry per path).</summary>
internal sealed class RequestLog
{
    private const int MaxBodyChars = 64 * 1024;

    private readonly Lock _gate = new();
    private readonly Queue<KieSimulatorRequest> _latest = new();
    private readonly Dictionary<string, int> _countsByPath = new(StringComparer.Ordinal);

    public void Add(IncomingRequest request, DateTimeOffset receivedAt, int capacity)
    {
        var entry = new KieSimulatorRequest
        {
            Method = request.Method.Method,
            Uri = request.Uri,
            Path = request.Path,
            HasAuthorization = request.Authorization is not null,
            AuthorizationScheme = request.Authorization?.Scheme,
            ContentType = request.MediaType,
            Body = request.IsJson ? BodyText(request.Body) : null,
            ReceivedAt = receivedAt,
        };

        lock (_gate)
        {
            _countsByPath[entry.Path] = _countsByPath.GetValueOrDefault(entry.Path) + 1;
            if (capacity == 0)
            {
                return;
            }

            _latest.Enqueue(entry);
            while (_latest.Count > capacity)
            {
                _latest.Dequeue();
            }
        }
    }

    public KieSimulatorRequest[] Snapshot()
    {
        lock (_gate)
        {
            return [.. _latest];
        }
    }

    public int Count(string pathSuffix)
    {
        ArgumentNullException.ThrowIfNull(pathSuffix);
        lock (_gate)
        {
            var total = 0;
            foreach (var (path, count) in _countsByPath)
            {
                if (path.EndsWith(pathSuffix, StringComparison.Ordinal))
                {
                    total += count;
                }
            }

            return total;
        }
    }

    private static string BodyText(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body);
        return text.Length <= MaxBodyChars ? text : text[..MaxBodyChars];
    }
}
