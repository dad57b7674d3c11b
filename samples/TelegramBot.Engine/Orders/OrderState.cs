namespace Kie.Samples.TelegramBot.Orders;

/// <summary>
/// Where an order is. The happy path is Reserved → Submitting → Running → Succeeded → Delivered → Captured; any open
/// state can end in Released (the money goes back). Captured and Released are final, and exactly one of them is reached.
/// </summary>
public enum OrderState
{
    /// <summary>The order exists and its price is held; nothing was sent to KIE yet.</summary>
    Reserved,

    /// <summary>The task is being created at KIE (its outcome is unknown until the task id is stored).</summary>
    Submitting,

    /// <summary>KIE accepted the task (its id is stored); the bot is waiting for it.</summary>
    Running,

    /// <summary>The results are stored and queued for delivery in the outbox.</summary>
    Succeeded,

    /// <summary>Every result message was sent; the held money is about to be captured.</summary>
    Delivered,

    /// <summary>Final: delivered and paid for.</summary>
    Captured,

    /// <summary>Final: failed or undeliverable; the held money went back to the user.</summary>
    Released,
}

/// <summary>The stored names of <see cref="OrderState"/> (lower case, stable: they are in the database).</summary>
public static class OrderStates
{
    /// <summary>The stored name.</summary>
    /// <param name="state">The state.</param>
    /// <returns>For example <c>running</c>.</returns>
    public static string Code(this OrderState state) => state switch
    {
        OrderState.Reserved => "reserved",
        OrderState.Submitting => "submitting",
        OrderState.Running => "running",
        OrderState.Succeeded => "succeeded",
        OrderState.Delivered => "delivered",
        OrderState.Captured => "captured",
        OrderState.Released => "released",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Unknown order state."),
    };

    /// <summary>Reads a stored name.</summary>
    /// <param name="code">The stored name.</param>
    /// <returns>The state.</returns>
    /// <exception cref="FormatException">The name is not a state.</exception>
    public static OrderState Parse(string code) => code switch
    {
        "reserved" => OrderState.Reserved,
        "submitting" => OrderState.Submitting,
        "running" => OrderState.Running,
        "succeeded" => OrderState.Succeeded,
        "delivered" => OrderState.Delivered,
        "captured" => OrderState.Captured,
        "released" => OrderState.Released,
        _ => throw new FormatException($"'{code}' is not an order state."),
    };

    /// <summary>Whether the order is finished (captured or released).</summary>
    /// <param name="state">The state.</param>
    /// <returns>True for the two final states.</returns>
    public static bool IsFinal(this OrderState state) => state is OrderState.Captured or OrderState.Released;
}
