using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kie.Sdk;

/// <summary>
/// The <c>input</c> object of a task: model-specific parameters, keys sent exactly as given (snake_case for Market
/// models, even odd keys such as a trailing space). Values are JSON; the typed setters pick the JSON type for you.
/// </summary>
public sealed class KieInput : IEnumerable<KeyValuePair<string, JsonNode?>>
{
    private readonly JsonObject _values = [];

    /// <summary>How many parameters are set.</summary>
    public int Count => _values.Count;

    /// <summary>The parameter names, in the order they were first set.</summary>
    public IEnumerable<string> Keys => _values.Select(pair => pair.Key);

    /// <summary>Sets a text parameter.</summary>
    /// <param name="key">The parameter name, verbatim.</param>
    /// <param name="value">The text.</param>
    /// <returns>This input, for chaining.</returns>
    public KieInput Set(string key, string value) => Put(key, JsonValue.Create(value ?? throw new ArgumentNullException(nameof(value))));

    /// <summary>Sets a whole-number parameter.</summary>
    /// <param name="key">The parameter name, verbatim.</param>
    /// <param name="value">The number.</param>
    /// <returns>This input, for chaining.</returns>
    public KieInput Set(string key, long value) => Put(key, JsonValue.Create(value));

    /// <summary>Sets a decimal parameter (sent as a JSON number, never through <see cref="double"/>).</summary>
    /// <param name="key">The parameter name, verbatim.</param>
    /// <param name="value">The number.</param>
    /// <returns>This input, for chaining.</returns>
    public KieInput Set(string key, decimal value) => Put(key, JsonValue.Create(value));

    /// <summary>Sets a boolean parameter.</summary>
    /// <param name="key">The parameter name, verbatim.</param>
    /// <param name="value">The flag.</param>
    /// <returns>This input, for chaining.</returns>
    public KieInput Set(string key, bool value) => Put(key, JsonValue.Create(value));

    /// <summary>Sets a URL parameter (sent as a string).</summary>
    /// <param name="key">The parameter name, verbatim.</param>
    /// <param name="value">An absolute URL.</param>
    /// <returns>This input, for chaining.</returns>
    /// <exception cref="ArgumentException">The URL is relative.</exception>
    public KieInput Set(string key, Uri value) => Put(key, JsonValue.Create(Absolute(value, nameof(value))));

    /// <summary>Sets a list-of-URLs parameter (sent as an array of strings).</summary>
    /// <param name="key">The parameter name, verbatim.</param>
    /// <param name="values">Absolute URLs.</param>
    /// <returns>This input, for chaining.</returns>
    /// <exception cref="ArgumentException">A URL is relative.</exception>
    public KieInput Set(string key, IEnumerable<Uri> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var array = new JsonArray();
        foreach (var value in values)
        {
            array.Add((JsonNode?)JsonValue.Create(Absolute(value, nameof(values))));
        }

        return Put(key, array);
    }

    /// <summary>Sets a list-of-text parameter (sent as an array of strings).</summary>
    /// <param name="key">The parameter name, verbatim.</param>
    /// <param name="values">The texts.</param>
    /// <returns>This input, for chaining.</returns>
    public KieInput Set(string key, IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Put(key, new JsonArray([.. values.Select(value => (JsonNode?)JsonValue.Create(value))]));
    }

    /// <summary>Sets any JSON value: nested objects, lists of objects, or <see langword="null"/>. The node is copied.</summary>
    /// <param name="key">The parameter name, verbatim.</param>
    /// <param name="value">The JSON value.</param>
    /// <returns>This input, for chaining.</returns>
    public KieInput SetJson(string key, JsonNode? value) => Put(key, value?.DeepClone());

    /// <summary>Sets any JSON value from a parsed element.</summary>
    /// <param name="key">The parameter name, verbatim.</param>
    /// <param name="value">The JSON value.</param>
    /// <returns>This input, for chaining.</returns>
    public KieInput SetJson(string key, JsonElement value) => Put(key, value.ValueKind == JsonValueKind.Null ? null : JsonNode.Parse(value.GetRawText()));

    /// <summary>Removes a parameter.</summary>
    /// <param name="key">The parameter name.</param>
    /// <returns><see langword="true"/> when it was set.</returns>
    public bool Remove(string key) => _values.Remove(key);

    /// <summary>Whether a parameter is set.</summary>
    /// <param name="key">The parameter name.</param>
    /// <returns><see langword="true"/> when it is set.</returns>
    public bool Contains(string key) => _values.ContainsKey(key);

    /// <summary>Reads a parameter's JSON value.</summary>
    /// <param name="key">The parameter name.</param>
    /// <param name="value">A copy of the value, when set.</param>
    /// <returns><see langword="true"/> when it is set.</returns>
    public bool TryGetValue(string key, out JsonNode? value)
    {
        var found = _values.TryGetPropertyValue(key, out var node);
        value = node?.DeepClone();
        return found;
    }

    /// <summary>The input as JSON text, keys verbatim.</summary>
    /// <returns>A JSON object.</returns>
    public override string ToString() => _values.ToJsonString();

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, JsonNode?>> GetEnumerator() => _values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The live JSON object sent on the wire (copied by the client before sending).</summary>
    internal JsonObject AsJsonObject() => _values;

    private KieInput Put(string key, JsonNode? value)
    {
        // Keys are sent verbatim; only an empty key is refused, because it can never name a parameter.
        ArgumentException.ThrowIfNullOrEmpty(key);
        _values[key] = value;
        return this;
    }

    private static string Absolute(Uri value, string parameter)
    {
        ArgumentNullException.ThrowIfNull(value, parameter);
        if (!value.IsAbsoluteUri)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"'{value}' is not an absolute URL."), parameter);
        }

        return value.AbsoluteUri;
    }
}
