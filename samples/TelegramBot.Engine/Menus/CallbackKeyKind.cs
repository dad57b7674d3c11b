namespace Kie.Samples.TelegramBot.Menus;

/// <summary>What a short callback key stands for; part of the hashed text, so equal values of two kinds get different keys.</summary>
internal enum CallbackKeyKind
{
    /// <summary>A catalog model id.</summary>
    Model,

    /// <summary>A mode id (within the session's model).</summary>
    Mode,

    /// <summary>A parameter name, verbatim (trailing spaces included).</summary>
    Parameter,

    /// <summary>A parameter value in its declared spelling.</summary>
    Value,

    /// <summary>A speed tier id (within the session's mode).</summary>
    Tier,
}

/// <summary>The stored code of each kind.</summary>
internal static class CallbackKeyKinds
{
    /// <summary>The one-letter code stored in the table and hashed with the value.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The code.</returns>
    public static string Code(this CallbackKeyKind kind) => kind switch
    {
        CallbackKeyKind.Model => "m",
        CallbackKeyKind.Mode => "o",
        CallbackKeyKind.Parameter => "p",
        CallbackKeyKind.Value => "v",
        _ => "t",
    };

    /// <summary>Reads a stored code; false for an unknown one (a row from a newer version).</summary>
    /// <param name="code">The code.</param>
    /// <param name="kind">The kind.</param>
    /// <returns>True when known.</returns>
    public static bool TryParse(string code, out CallbackKeyKind kind)
    {
        (var known, kind) = code switch
        {
            "m" => (true, CallbackKeyKind.Model),
            "o" => (true, CallbackKeyKind.Mode),
            "p" => (true, CallbackKeyKind.Parameter),
            "v" => (true, CallbackKeyKind.Value),
            "t" => (true, CallbackKeyKind.Tier),
            _ => (false, CallbackKeyKind.Model),
        };
        return known;
    }
}
