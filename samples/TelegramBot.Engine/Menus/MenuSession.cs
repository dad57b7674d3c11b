using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Kie.Samples.TelegramBot.Menus;

/// <summary>
/// Where a user is in the menus: the chosen category, model and mode, the parameters set so far, which parameter awaits
/// a typed value or a file, and the confirmation screen currently valid. Stored as JSON per user.
/// </summary>
internal sealed class MenuSession
{
    /// <summary>The category code (<c>image</c>, <c>video</c>, …), when one was chosen.</summary>
    public string? Category { get; set; }

    /// <summary>The catalog model id, when one was chosen.</summary>
    public string? Model { get; set; }

    /// <summary>The mode id, when one was chosen.</summary>
    public string? Mode { get; set; }

    /// <summary>The parameters the user set (coerced by the catalog), by exact name; defaults are not stored.</summary>
    public Dictionary<string, JsonNode?> Parameters { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The parameter whose value the next message or file gives, if any.</summary>
    public string? Awaiting { get; set; }

    /// <summary>The id of the confirmation screen shown last; only its Confirm button is honoured.</summary>
    public string? DraftId { get; set; }

    /// <summary>The total the confirmation screen showed, in minor units; a different price at Confirm means "look again".</summary>
    public long? QuotedMinorUnits { get; set; }

    /// <summary>The order <see cref="DraftId"/> became, once confirmed (a second tap only hears about it).</summary>
    public string? PlacedOrderId { get; set; }

    /// <summary>Forgets the mode's parameters and any confirmation (a new mode or model was chosen).</summary>
    public void ResetParameters()
    {
        Parameters.Clear();
        Awaiting = null;
        InvalidateDraft();
    }

    /// <summary>Forgets the confirmation screen: its Confirm button now counts as expired.</summary>
    public void InvalidateDraft()
    {
        DraftId = null;
        QuotedMinorUnits = null;
        PlacedOrderId = null;
    }

    /// <summary>Forgets everything (<c>/cancel</c>).</summary>
    public void Clear()
    {
        Category = null;
        Model = null;
        Mode = null;
        ResetParameters();
    }
}

/// <summary>Source-generated JSON for <see cref="MenuSession"/> (no reflection on the hot path).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(MenuSession))]
internal sealed partial class MenuSessionJson : JsonSerializerContext
{
}
