using System.Globalization;
using System.Text.Json.Nodes;
using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Delivery;
using Kie.Samples.TelegramBot.Menus;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Orders;

/// <summary>
/// The orders' buttons: <c>retry:&lt;orderId&gt;</c> under a failure notice opens the same settings again with a fresh
/// quote and confirmation (through the menus' <see cref="IDraftLauncher"/>), and <c>original:&lt;orderId&gt;:&lt;index&gt;</c>
/// under a delivered result queues that file's original as a document. Both only work for the order's own user.
/// </summary>
public sealed class OrdersFeature : IBotFeature
{
    private readonly OrderStore _orders;
    private readonly OutboxStore _outbox;
    private readonly OutboxSignal _signal;
    private readonly OrderScreens _screens;
    private readonly IServiceProvider _services;

    /// <summary>Creates the feature.</summary>
    /// <param name="orders">The order store.</param>
    /// <param name="outbox">The outbox (originals are sent through it).</param>
    /// <param name="signal">Wakes the outbox.</param>
    /// <param name="screens">The messages about orders.</param>
    /// <param name="services">Resolves the menus' draft launcher when Retry is pressed.</param>
    public OrdersFeature(OrderStore orders, OutboxStore outbox, OutboxSignal signal, OrderScreens screens, IServiceProvider services)
    {
        _orders = orders;
        _outbox = outbox;
        _signal = signal;
        _screens = screens;
        _services = services;
    }

    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(BotContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.ButtonData is not { } data)
        {
            return false;
        }

        if (data.StartsWith(CallbackData.RetryPrefix, StringComparison.Ordinal))
        {
            await RetryAsync(context, data[CallbackData.RetryPrefix.Length..], cancellationToken).ConfigureAwait(false);
            return true;
        }

        if (data.StartsWith(CallbackData.OriginalPrefix, StringComparison.Ordinal))
        {
            await OriginalAsync(context, data[CallbackData.OriginalPrefix.Length..], cancellationToken).ConfigureAwait(false);
            return true;
        }

        return false;
    }

    private async Task RetryAsync(BotContext context, string orderId, CancellationToken cancellationToken)
    {
        var order = await FindOwnAsync(context, orderId, cancellationToken).ConfigureAwait(false);
        if (order is null)
        {
            await context.AnswerAsync(context.Texts.OrderNotFound, cancellationToken).ConfigureAwait(false);
            return;
        }

        var launcher = _services.GetService<IDraftLauncher>();
        if (launcher is null || JsonNode.Parse(order.InputJson) is not JsonObject input)
        {
            await context.AnswerAsync(context.Texts.RetryUnavailable, cancellationToken).ConfigureAwait(false);
            return;
        }

        await launcher.ShowSummaryAsync(context, order.ModelId, order.ModeId, input, cancellationToken).ConfigureAwait(false);
    }

    private async Task OriginalAsync(BotContext context, string rest, CancellationToken cancellationToken)
    {
        var separator = rest.IndexOf(':', StringComparison.Ordinal);
        var order = separator > 0 ? await FindOwnAsync(context, rest[..separator], cancellationToken).ConfigureAwait(false) : null;
        if (order is null || !int.TryParse(rest.AsSpan(separator + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            await context.AnswerAsync(context.Texts.OriginalUnavailable, cancellationToken).ConfigureAwait(false);
            return;
        }

        var file = (await _orders.ListResultsAsync(order.Id, cancellationToken).ConfigureAwait(false)).FirstOrDefault(result => result.Index == index);
        if (file is null)
        {
            await context.AnswerAsync(context.Texts.OriginalUnavailable, cancellationToken).ConfigureAwait(false);
            return;
        }

        // A second tap while the first original is still on its way adds nothing.
        if (!await _outbox.HasPendingAsync(order.Id, OutboxPurpose.Original, cancellationToken).ConfigureAwait(false))
        {
            await _outbox.EnqueueAsync(context.ChatId, order.Id, OutboxPurpose.Original, _screens.Original(order, file), cancellationToken).ConfigureAwait(false);
            _signal.Wake();
        }

        await context.AnswerAsync(context.Texts.OriginalSending, cancellationToken).ConfigureAwait(false);
    }

    private async Task<OrderRecord?> FindOwnAsync(BotContext context, string orderId, CancellationToken cancellationToken)
    {
        if (!OrderIds.IsWellFormed(orderId))
        {
            return null;
        }

        var order = await _orders.FindAsync(orderId, cancellationToken).ConfigureAwait(false);
        return order is not null && order.UserId == context.UserId ? order : null;
    }
}
