using System.Globalization;
using Kie.Samples.TelegramBot.Catalog;
using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Money;
using Kie.Samples.TelegramBot.Store;

namespace Kie.Samples.TelegramBot.Admin;

/// <summary>
/// Read-only admin commands: <c>/user &lt;id|@username&gt;</c> (profile, balance, recent orders and payments) and
/// <c>/failed [n]</c> (the newest failed orders). Like every admin command, invisible to anyone else.
/// </summary>
public sealed class AdminLookupFeature : IBotFeature
{
    private const int Listed = 10;
    private const int MaxFailed = 50;
    private const int DetailLength = 200;

    private readonly AdminLookups _lookups;
    private readonly UserStore _users;
    private readonly Ledger _ledger;
    private readonly LiveCatalog _live;

    /// <summary>Creates the feature.</summary>
    /// <param name="lookups">The queries.</param>
    /// <param name="users">The user store.</param>
    /// <param name="ledger">The ledger (balances).</param>
    /// <param name="live">Money formatting (the live prices).</param>
    public AdminLookupFeature(AdminLookups lookups, UserStore users, Ledger ledger, LiveCatalog live)
    {
        _lookups = lookups;
        _users = users;
        _ledger = ledger;
        _live = live;
    }

    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(BotContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!AdminChat.TryGetCommand(context, out var command))
        {
            return false;
        }

        switch (command.Name)
        {
            case "user":
                await UserAsync(context, command.Arguments, cancellationToken).ConfigureAwait(false);
                return true;
            case "failed":
                await FailedAsync(context, command.Arguments, cancellationToken).ConfigureAwait(false);
                return true;
            default:
                return false;
        }
    }

    private async Task UserAsync(BotContext context, string argument, CancellationToken cancellationToken)
    {
        var texts = context.Texts;
        if (argument.Length == 0 || argument.Any(char.IsWhiteSpace))
        {
            await AdminChat.ReplyAsync(context, texts.AdminUserUsage, cancellationToken).ConfigureAwait(false);
            return;
        }

        long? userId = long.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : await _lookups.FindByUsernameAsync(argument, cancellationToken).ConfigureAwait(false);
        var user = userId is { } found ? await _users.FindAsync(found, cancellationToken).ConfigureAwait(false) : null;
        if (user is null)
        {
            await AdminChat.ReplyAsync(context, texts.AdminUserNotFound(argument), cancellationToken).ConfigureAwait(false);
            return;
        }

        var money = _live.Prices;
        var available = await _ledger.GetAvailableAsync(user.Id, cancellationToken).ConfigureAwait(false);
        var held = await _ledger.GetHeldAsync(user.Id, cancellationToken).ConfigureAwait(false);
        var orders = await _lookups.RecentOrdersAsync(user.Id, Listed, cancellationToken).ConfigureAwait(false);
        var payments = await _lookups.RecentPaymentsAsync(user.Id, Listed, cancellationToken).ConfigureAwait(false);

        var lines = new List<string>
        {
            texts.AdminUserHeader(AdminChat.Describe(user)),
            texts.AdminUserLanguage(user.Language.ToString().ToLowerInvariant(), Time(user.CreatedAt)),
            texts.AdminUserBalance(money.FormatMinorUnits(available), money.FormatMinorUnits(held)),
            string.Empty,
            orders.Count == 0 ? texts.AdminUserNoOrders : texts.AdminUserOrders,
        };
        lines.AddRange(orders.Select(order => $"• {order.Id} · {Time(order.CreatedAt)} · {order.ModelId}/{order.ModeId} · {order.State} · {money.FormatMinorUnits(order.PriceMinor)}"));
        lines.Add(string.Empty);
        lines.Add(payments.Count == 0 ? texts.AdminUserNoPayments : texts.AdminUserPayments);
        lines.AddRange(payments.Select(payment =>
            $"• {payment.ChargeId} · {Time(payment.ReceivedAt)} · {payment.Stars} ⭐ → {money.FormatMinorUnits(payment.CreditedMinor)}" +
            (payment.Refunded ? " · " + texts.AdminUserRefunded : string.Empty) +
            (payment.NeedsAttention ? " · " + texts.AdminUserFlagged : string.Empty)));
        await AdminChat.ReplyPagesAsync(context, string.Join('\n', lines), cancellationToken).ConfigureAwait(false);
    }

    private async Task FailedAsync(BotContext context, string argument, CancellationToken cancellationToken)
    {
        var texts = context.Texts;
        var count = Listed;
        if (argument.Length > 0 && (!int.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count < 1))
        {
            await AdminChat.ReplyAsync(context, texts.AdminFailedUsage(MaxFailed), cancellationToken).ConfigureAwait(false);
            return;
        }

        var failed = await _lookups.FailedOrdersAsync(Math.Min(count, MaxFailed), cancellationToken).ConfigureAwait(false);
        if (failed.Count == 0)
        {
            await AdminChat.ReplyAsync(context, texts.AdminNoFailedOrders, cancellationToken).ConfigureAwait(false);
            return;
        }

        var money = _live.Prices;
        var lines = failed.Select(order =>
        {
            var who = order.UserId.ToString(CultureInfo.InvariantCulture) + (order.Username is { } name ? " @" + name : string.Empty);
            var detail = order.Detail is { Length: > 0 } text ? " — " + (text.Length > DetailLength ? text[..DetailLength] + "…" : text) : string.Empty;
            return $"• {Time(order.At)} · {order.Id} · {who} · {order.ModelId}/{order.ModeId} · {order.Failure ?? "?"}{detail} · {texts.AdminFailedReturned(money.FormatMinorUnits(order.PriceMinor))}";
        });
        await AdminChat.ReplyPagesAsync(context, texts.AdminFailedHeader + "\n" + string.Join('\n', lines), cancellationToken).ConfigureAwait(false);
    }

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
