using System.Globalization;

namespace Kie.Samples.TelegramBot.Admin;

/// <summary>What is wrong with a <c>/credit</c> or <c>/debit</c> command.</summary>
internal enum AdjustCommandProblem
{
    /// <summary>Nothing: the command is complete.</summary>
    None,

    /// <summary>A part is missing or the user id is not a number.</summary>
    Usage,

    /// <summary>The amount is not a positive number.</summary>
    BadAmount,
}

/// <summary>
/// <c>/credit &lt;userId&gt; &lt;amount&gt; &lt;reason…&gt;</c> or <c>/debit …</c>, read: the amount is in major units of the
/// pricing currency (<c>150</c>, <c>150.50</c>, or <c>150,50</c> as Russian keyboards type it) and the reason is required.
/// </summary>
/// <param name="UserId">The user whose balance changes.</param>
/// <param name="Amount">The amount, positive, in major units.</param>
/// <param name="AmountText">The amount as typed.</param>
/// <param name="Reason">Why.</param>
internal sealed record AdjustCommand(long UserId, decimal Amount, string AmountText, string Reason)
{
    /// <summary>Reads the arguments after the command name.</summary>
    /// <param name="arguments">The arguments.</param>
    /// <param name="command">The command when complete.</param>
    /// <returns>What is wrong, or <see cref="AdjustCommandProblem.None"/>.</returns>
    public static AdjustCommandProblem TryParse(string arguments, out AdjustCommand command)
    {
        command = new AdjustCommand(0, 0, string.Empty, string.Empty);
        var parts = arguments.Split((char[]?)null, 3, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length < 3 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var userId) || userId <= 0)
        {
            return AdjustCommandProblem.Usage;
        }

        // No sign and no thousands separators: "-5" or "1,000.5" are mistakes, not amounts.
        if (!decimal.TryParse(parts[1].Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) || amount <= 0)
        {
            command = command with { AmountText = parts[1] };
            return AdjustCommandProblem.BadAmount;
        }

        command = new AdjustCommand(userId, amount, parts[1], parts[2]);
        return AdjustCommandProblem.None;
    }
}
