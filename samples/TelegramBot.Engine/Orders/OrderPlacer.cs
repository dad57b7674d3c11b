using Kie.Samples.TelegramBot.Bonuses;
using Kie.Samples.TelegramBot.Money;
using Kie.Samples.TelegramBot.Store;
using Microsoft.Extensions.Logging;

namespace Kie.Samples.TelegramBot.Orders;

/// <summary>
/// Places orders: one <c>BEGIN IMMEDIATE</c> transaction finds an earlier order for the same confirmation, reserves the
/// price (refused without a change when the balance is short) and inserts the order; then the order goes to the
/// <see cref="OrderWorker"/>. Nothing slow happens here: the update handler that calls it returns at once.
/// </summary>
public sealed partial class OrderPlacer : IOrderPlacer
{
    private const int IdAttempts = 3;
    private readonly BotDatabase _database;
    private readonly Ledger _ledger;
    private readonly OrderQueue _queue;
    private readonly TimeProvider _time;
    private readonly ILogger<OrderPlacer> _logger;
    private readonly DailyFreeAllowance? _free;

    /// <summary>Creates the placer.</summary>
    /// <param name="database">The database.</param>
    /// <param name="ledger">The ledger.</param>
    /// <param name="queue">The worker's queue.</param>
    /// <param name="time">The clock.</param>
    /// <param name="logger">The logger.</param>
    /// <param name="free">The daily free allowance (a free order has price 0), if the bonuses feature is on.</param>
    public OrderPlacer(BotDatabase database, Ledger ledger, OrderQueue queue, TimeProvider time, ILogger<OrderPlacer> logger, DailyFreeAllowance? free = null)
    {
        _free = free;
        _database = database;
        _ledger = ledger;
        _queue = queue;
        _time = time;
        _logger = logger;
    }

    /// <inheritdoc />
    public async Task<PlaceOrderResult> PlaceAsync(OrderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.DraftId);
        request.Input.ThrowIfInvalid();
        var price = request.Quote.TotalMinorUnits;
        ArgumentOutOfRangeException.ThrowIfNegative(price);
        for (var attempt = 1; ; attempt++)
        {
            var orderId = OrderIds.New();
            _queue.TryClaim(orderId);
            PlaceOrderResult result;
            try
            {
                result = await _database.WriteAsync((connection, transaction) => PlaceAsync(connection, transaction, request, orderId), cancellationToken).ConfigureAwait(false);
            }
            catch (OrderIdTakenException) when (attempt < IdAttempts)
            {
                _queue.Unclaim(orderId);
                continue;
            }
            catch
            {
                _queue.Unclaim(orderId);
                throw;
            }

            switch (result)
            {
                case PlaceOrderResult.Placed:
                    _queue.Enqueue(orderId);
                    LogPlaced(orderId, request.UserId, request.Quote.ApiModel, price);
                    return result;
                case PlaceOrderResult.InsufficientFunds:
                    _queue.Unclaim(orderId);
                    return new PlaceOrderResult.InsufficientFunds(price, await _ledger.GetSpendableAsync(request.UserId, cancellationToken).ConfigureAwait(false));
                default:
                    _queue.Unclaim(orderId);
                    return result;
            }
        }
    }

    private async Task<PlaceOrderResult> PlaceAsync(Microsoft.Data.Sqlite.SqliteConnection connection, Microsoft.Data.Sqlite.SqliteTransaction transaction, OrderRequest request, string orderId)
    {
        // Inside BEGIN IMMEDIATE: a second tap on the same Confirm waits for the first one's commit and then finds it.
        var earlier = await connection.ScalarAsync<string>(
            "SELECT id FROM orders WHERE user_id = $user AND draft_id = $draft", transaction, ("$user", request.UserId), ("$draft", request.DraftId)).ConfigureAwait(false);
        if (earlier is not null)
        {
            return new PlaceOrderResult.AlreadyPlaced(earlier);
        }

        var price = request.Quote.TotalMinorUnits;

        // A free generation of the daily allowance costs nothing and reserves nothing; otherwise bonus money goes first.
        var free = price > 0 && _free is not null
            && await _free.TryUseAsync(connection, transaction, request.UserId, orderId, request.Input.Model.Id, request.Input.Mode.Id).ConfigureAwait(false);
        if (free)
        {
            price = 0;
        }

        var reservation = new OrderReservation(TransferOutcome.Done, 0, 0);
        if (price > 0)
        {
            reservation = await _ledger.ReserveOrderAsync(connection, transaction, request.UserId, orderId, price).ConfigureAwait(false);
            switch (reservation.Outcome)
            {
                case TransferOutcome.InsufficientFunds:
                    return new PlaceOrderResult.InsufficientFunds(price, 0);
                case TransferOutcome.Done:
                    break;
                default:
                    throw new OrderIdTakenException();
            }
        }

        var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
        try
        {
            await connection.ExecuteAsync(
                "INSERT INTO orders (id, user_id, chat_id, draft_id, model_id, mode_id, api_model, input_json, credits, price, currency, state, created_at, updated_at) " +
                "VALUES ($id, $user, $chat, $draft, $model, $mode, $api, $input, $credits, $price, $currency, 'reserved', $now, $now)",
                transaction,
                ("$id", orderId), ("$user", request.UserId), ("$chat", request.ChatId), ("$draft", request.DraftId),
                ("$model", request.Input.Model.Id), ("$mode", request.Input.Mode.Id), ("$api", request.Input.ApiModel),
                ("$input", request.Input.CreateInput().ToString()), ("$credits", request.Quote.Credits.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("$price", price), ("$currency", request.Quote.Currency), ("$now", now)).ConfigureAwait(false);
        }
        catch (Microsoft.Data.Sqlite.SqliteException error) when (error.SqliteExtendedErrorCode == 1555)
        {
            // SQLITE_CONSTRAINT_PRIMARYKEY: 50 random bits collided; the throw rolls the reservation back too.
            throw new OrderIdTakenException();
        }

        return new PlaceOrderResult.Placed(orderId) { Free = free, BonusMinorUnits = reservation.BonusMinorUnits };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderId} placed by user {UserId}: {ApiModel}, {Price} minor units reserved")]
    private partial void LogPlaced(string orderId, long userId, string apiModel, long price);

    /// <summary>A new order id was in use already (astronomically rare); the transaction rolls back and a new id is drawn.</summary>
    private sealed class OrderIdTakenException : Exception;
}
