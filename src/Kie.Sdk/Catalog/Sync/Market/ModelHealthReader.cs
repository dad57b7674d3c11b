using System.Globalization;
using System.Text.Json;
using Kie.Sdk.Json;

namespace Kie.Sdk.Catalog;

/// <summary>
/// Reads a success-rate answer. KIE's docs do not fix the scale of the rates, so a series with any rate above 1 is read
/// as percentages; times may be Unix seconds, milliseconds or ISO text.
/// </summary>
internal static class ModelHealthReader
{
    public static KieModelHealth Read(JsonElement data, string model)
    {
        var points = data.ValueKind switch
        {
            JsonValueKind.Array => data,
            JsonValueKind.Object when data.TryGet("points", out var list) && list.ValueKind == JsonValueKind.Array => list,
            _ => default,
        };
        var raw = points.ValueKind == JsonValueKind.Array
            ? points.EnumerateArray().Where(point => point.ValueKind == JsonValueKind.Object).Select(ReadRaw).ToList()
            : [];
        var percent = raw.Any(point => point.Success > 1m || point.Error > 1m);
        var scaled = raw.Select(point => new KieHealthPoint
        {
            Start = point.Start,
            End = point.End,
            SuccessRate = Scale(point.Success, percent),
            ErrorRate = Scale(point.Error, percent),
            IsNormal = point.IsNormal,
        }).ToList();
        return new KieModelHealth
        {
            Model = data.GetText("model") ?? model,
            Points = scaled.AsReadOnly(),
            Summary = KieHealthSummary.Summarise(scaled),
            RawJson = data.ValueKind == JsonValueKind.Undefined ? default : data.Clone(),
        };
    }

    private static (DateTimeOffset? Start, DateTimeOffset? End, decimal? Success, decimal? Error, bool? IsNormal) ReadRaw(JsonElement point) =>
        (Time(point, "start"), Time(point, "end"), Rate(point, "successRate"), Rate(point, "errorRate"), Flag(point, "isNormal"));

    private static decimal? Scale(decimal? rate, bool percent) => rate is { } value ? Math.Clamp(percent ? value / 100m : value, 0m, 1m) : null;

    private static decimal? Rate(JsonElement point, string name)
    {
        if (point.TryGet(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { } text && text.TrimEnd().EndsWith('%'))
        {
            // "97.5%": the number is kept as written and the series' scale check reads it as a percentage.
            return decimal.TryParse(text.TrimEnd().TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out var percent) ? percent : null;
        }

        return point.GetDecimal(name);
    }

    private static bool? Flag(JsonElement point, string name)
    {
        if (!point.TryGet(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Number when value.TryGetInt32(out var number) => number != 0,
            JsonValueKind.String when bool.TryParse(value.GetString(), out var parsed) => parsed,
            _ => null,
        };
    }

    private static DateTimeOffset? Time(JsonElement point, string name)
    {
        // Ten-digit values are Unix seconds; KIE's other endpoints use milliseconds.
        if (point.GetInt64(name) is { } number and > 0 and < 100_000_000_000)
        {
            return DateTimeOffset.FromUnixTimeSeconds(number);
        }

        return point.GetUnixMilliseconds(name);
    }
}
