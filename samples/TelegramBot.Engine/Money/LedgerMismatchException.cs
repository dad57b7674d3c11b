namespace Kie.Samples.TelegramBot.Money;

/// <summary>A transfer id was reused with different accounts or amount: a bug, never silently applied.</summary>
public sealed class LedgerMismatchException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="transferId">The reused id.</param>
    public LedgerMismatchException(string transferId)
        : base($"Ledger transfer '{transferId}' already exists with different accounts or amount.")
    {
        TransferId = transferId;
    }

    /// <summary>The reused id.</summary>
    public string TransferId { get; }
}
