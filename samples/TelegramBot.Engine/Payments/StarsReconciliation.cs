using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Money;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Kie.Samples.TelegramBot.Payments;

/// <summary>What a reconciliation run found.</summary>
/// <param name="Checked">Payments looked at.</param>
/// <param name="Credited">Missed payments credited now.</param>
/// <param name="AlreadyCredited">Payments the ledger had already.</param>
/// <param name="NotCredited">Missed payments recorded for an admin without a credit.</param>
/// <param name="Failed">Whether the run stopped on an error (logged).</param>
public sealed record ReconciliationReport(int Checked, int Credited, int AlreadyCredited, int NotCredited, bool Failed);

/// <summary>
/// On start-up, pages through the bot's incoming Stars payments (newest first, 100 a page) and credits any the ledger
/// lacks — payments whose update was lost while the bot was down — through the same exactly-once path as live
/// updates. Stops at the first page with nothing new, or an empty one. Logs its counts and never throws: a platform
/// without Stars (the console) simply returns nothing.
/// </summary>
public sealed partial class StarsReconciliation : BackgroundService
{
    /// <summary>Payments asked for per page (Telegram's maximum).</summary>
    public const int PageSize = 100;

    // A guard against a platform that keeps returning full pages of new payments forever.
    private const int MaxPages = 1000;

    private readonly IChatGateway _chat;
    private readonly Ledger _ledger;
    private readonly TopUpCrediting _crediting;
    private readonly PaymentNotices _notices;
    private readonly ILogger<StarsReconciliation> _logger;
    private readonly TaskCompletionSource<ReconciliationReport> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Creates the service.</summary>
    /// <param name="chat">The chat gateway (lists payments).</param>
    /// <param name="ledger">The ledger (what is credited already).</param>
    /// <param name="crediting">Credits payments once.</param>
    /// <param name="notices">Tells payers their payment arrived.</param>
    /// <param name="logger">The logger.</param>
    public StarsReconciliation(IChatGateway chat, Ledger ledger, TopUpCrediting crediting, PaymentNotices notices, ILogger<StarsReconciliation> logger)
    {
        _chat = chat;
        _ledger = ledger;
        _crediting = crediting;
        _notices = notices;
        _logger = logger;
    }

    /// <summary>Completes with the report of the start-up run.</summary>
    public Task<ReconciliationReport> Completion => _completion.Task;

    /// <summary>Runs one reconciliation pass. Never throws except for cancellation.</summary>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>What it found.</returns>
    public async Task<ReconciliationReport> RunAsync(CancellationToken cancellationToken = default)
    {
        int seen = 0, credited = 0, already = 0, notCredited = 0;
        var failed = false;
        try
        {
            var offset = 0;
            for (var page = 0; page < MaxPages; page++)
            {
                var payments = await _chat.GetStarPaymentsAsync(offset, PageSize, cancellationToken).ConfigureAwait(false);
                var fresh = 0;
                foreach (var payment in payments)
                {
                    seen++;
                    if (payment.Stars <= 0 || string.IsNullOrWhiteSpace(payment.ChargeId)
                        || await _ledger.ExistsAsync(TopUpCrediting.TransferId(payment.ChargeId), cancellationToken).ConfigureAwait(false))
                    {
                        already++;
                        continue;
                    }

                    var result = await _crediting.CreditAsync(
                        new IncomingStarPayment(payment.ChargeId, payment.UserId, payment.Stars, CheckoutCheck.StarsCurrency, payment.Payload, null, IncomingStarPayment.FromReconciliation),
                        cancellationToken).ConfigureAwait(false);
                    switch (result.Outcome)
                    {
                        case TopUpOutcome.Credited:
                            credited++;
                            fresh++;
                            await _notices.TellCreditedAsync(result.Payment, cancellationToken).ConfigureAwait(false);
                            break;
                        case TopUpOutcome.NotCredited:
                            notCredited++;
                            fresh++;
                            break;
                        default:
                            already++;
                            break;
                    }
                }

                // Newest first: a page with nothing new means everything older was seen before.
                if (fresh == 0 || payments.Count < PageSize)
                {
                    break;
                }

                offset += payments.Count;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception error)
        {
            failed = true;
            LogFailed(error);
        }

        var report = new ReconciliationReport(seen, credited, already, notCredited, failed);
        LogReport(report.Checked, report.Credited, report.AlreadyCredited, report.NotCredited);
        return report;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting; reconciliation is not on its critical path.
        await Task.Yield();
        try
        {
            _completion.TrySetResult(await RunAsync(stoppingToken).ConfigureAwait(false));
        }
        catch (OperationCanceledException)
        {
            _completion.TrySetCanceled(stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Stars reconciliation: {Checked} payments checked, {Credited} missed ones credited, {Already} already credited, {NotCredited} recorded for an admin")]
    private partial void LogReport(int @checked, int credited, int already, int notCredited);

    [LoggerMessage(Level = LogLevel.Error, Message = "Stars reconciliation stopped on an error; it runs again at the next start")]
    private partial void LogFailed(Exception error);
}
