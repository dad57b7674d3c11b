using System.Text;

namespace Kie.Sdk.Catalog;

/// <summary>The paths and query strings of KIE's model endpoints.</summary>
internal static class ModelPaths
{
    public const string List = "/api/v1/models";

    /// <summary>The listing path with its filters: task types comma-separated, each value percent-encoded (spaces as <c>%20</c>).</summary>
    public static string ListWith(KieModelQuery? query)
    {
        if (query is null || query.IsEmpty)
        {
            return List;
        }

        var text = new StringBuilder(List);
        var separator = '?';
        void Add(string name, string value)
        {
            text.Append(separator).Append(name).Append('=').Append(value);
            separator = '&';
        }

        var taskTypes = query.TaskTypes.Where(type => !string.IsNullOrWhiteSpace(type)).Select(type => Uri.EscapeDataString(type.Trim())).ToList();
        if (taskTypes.Count > 0)
        {
            // The commas between types stay literal: KIE splits on them. A comma inside a type is encoded with it.
            Add("taskType", string.Join(',', taskTypes));
        }

        if (!string.IsNullOrWhiteSpace(query.Provider))
        {
            Add("provider", Uri.EscapeDataString(query.Provider.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            Add("q", Uri.EscapeDataString(query.Search.Trim()));
        }

        return text.ToString();
    }

    /// <summary>
    /// <c>/api/v1/models/{model}/{endpoint}</c>. The <c>/</c> inside a model id stays a literal path separator (KIE
    /// answers 404 to <c>%2F</c>); each segment is percent-encoded on its own.
    /// </summary>
    /// <exception cref="ArgumentException">The id is blank or has an empty, <c>.</c> or <c>..</c> segment.</exception>
    public static string ForModel(string model, string endpoint)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(model);
        var segments = model.Split('/');
        if (segments.Any(segment => segment.Length == 0 || segment is "." or ".."))
        {
            throw new ArgumentException($"'{model}' is not a model id: it has an empty, '.' or '..' segment.", nameof(model));
        }

        return $"{List}/{string.Join('/', segments.Select(Uri.EscapeDataString))}/{endpoint}";
    }
}
