using Kie.Samples.TelegramBot.Bonuses;
using Kie.Samples.TelegramBot.Catalog;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Money;
using Kie.Samples.TelegramBot.Orders;
using Kie.Sdk.Catalog;
using Kie.Sdk.Pricing;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Menus;

/// <summary>
/// The summary and Confirm. Each summary is a fresh quote under a new draft id; only the latest draft's Confirm counts,
/// and only for the price it showed. Confirm hands the order to <see cref="IOrderPlacer"/> (which reserves the money
/// atomically); a second tap only hears that the order exists.
/// </summary>
internal sealed class SummaryFlow
{
    private const string DraftAlphabet = "abcdefghijklmnopqrstuvwxyz234567";

    private readonly MenuCatalog _catalog;
    private readonly LiveCatalog _live;
    private readonly Ledger _ledger;
    private readonly CallbackKeyStore _keys;
    private readonly SummaryScreens _screens;
    private readonly ParameterFlow _parameters;
    private readonly IServiceProvider _services;

    /// <summary>Creates the flow.</summary>
    /// <param name="catalog">What is on offer.</param>
    /// <param name="live">The catalog in force (its prices quote).</param>
    /// <param name="ledger">Balances.</param>
    /// <param name="keys">The callback keys.</param>
    /// <param name="screens">The summary screens.</param>
    /// <param name="parameters">The parameter flow (a missing value is asked for).</param>
    /// <param name="services">Resolves the order placer when needed (the orders feature registers it).</param>
    public SummaryFlow(MenuCatalog catalog, LiveCatalog live, Ledger ledger, CallbackKeyStore keys, SummaryScreens screens, ParameterFlow parameters, IServiceProvider services)
    {
        _catalog = catalog;
        _live = live;
        _ledger = ledger;
        _keys = keys;
        _screens = screens;
        _parameters = parameters;
        _services = services;
    }

    /// <summary>The summary (<c>show_price_confirmation</c>): a missing required value is asked for first.</summary>
    /// <param name="turn">The turn.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>False when the session has no mode.</returns>
    public async Task<bool> ShowAsync(MenuTurn turn, CancellationToken cancellationToken)
    {
        if (!_catalog.TryGetCurrent(turn.Session, out var model, out var mode))
        {
            return false;
        }

        turn.Session.Awaiting = null;
        if (ParameterScreens.FirstMissing(mode, turn.Session) is { } missing)
        {
            await turn.Context.AnswerAsync(turn.Texts.SetFirst(ParameterText.Name(missing)), cancellationToken).ConfigureAwait(false);
            await _parameters.AskAsync(turn, model, mode, missing, 0, cancellationToken).ConfigureAwait(false);
            return true;
        }

        turn.Session.InvalidateDraft();
        var validated = ParameterEditor.Validate(_catalog.Catalog, model, mode, turn.Session.Parameters);
        if (!validated.IsValid)
        {
            await turn.ShowAsync(SummaryScreens.Invalid(turn.Texts, validated), cancellationToken).ConfigureAwait(false);
            return true;
        }

        PriceQuote quote;
        try
        {
            quote = _live.Prices.Quote(validated);
        }
        catch (KieNotSellableException error)
        {
            await turn.ShowAsync(_screens.NotSellable(turn.Texts, validated, turn.Session, error.Reason), cancellationToken).ConfigureAwait(false);
            return true;
        }

        var balance = await _ledger.GetAvailableAsync(turn.Context.UserId, cancellationToken).ConfigureAwait(false);
        var draftId = RandomNumberGenerator.GetString(DraftAlphabet, 16);
        turn.Session.DraftId = draftId;
        turn.Session.QuotedMinorUnits = quote.TotalMinorUnits;
        var offer = _services.GetService<BonusOffers>() is { } offers
            ? await offers.OfferAsync(turn.Context.UserId, model.Id, mode.Id, quote.TotalMinorUnits, cancellationToken).ConfigureAwait(false)
            : null;
        await turn.ShowAsync(_screens.Summary(turn.Texts, validated, turn.Session, quote, balance, draftId, offer), cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>A speed tier button on the summary: sets the tier's parameter or switches to its mode, then re-quotes.</summary>
    /// <param name="turn">The turn.</param>
    /// <param name="tierKey">The tier's key.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>False for stale data.</returns>
    public async Task<bool> TierAsync(MenuTurn turn, string tierKey, CancellationToken cancellationToken)
    {
        if (!_catalog.TryGetCurrent(turn.Session, out var model, out var mode)
            || await _keys.ResolveAsync(CallbackKeyKind.Tier, tierKey, cancellationToken).ConfigureAwait(false) is not { } tierId
            || mode.SpeedTiers.FirstOrDefault(tier => tier.Id == tierId) is not { } chosen)
        {
            return false;
        }

        var session = turn.Session;
        if (chosen.ModeId is { } modeId)
        {
            if (!model.TryGetMode(modeId, out var target))
            {
                return false;
            }

            // Keep what the sibling mode understands (a prompt, a ratio); drop the rest.
            session.Mode = target.Id;
            foreach (var name in session.Parameters.Keys.ToArray())
            {
                if (target.FindParameter(name) is null)
                {
                    session.Parameters.Remove(name);
                }
            }
        }
        else if (chosen.Parameter is { } name && chosen.Value is { } value && mode.FindParameter(name) is { } parameter)
        {
            var change = ParameterEditor.TrySet(_catalog.Catalog, model, mode, session.Parameters, parameter, JsonValue.Create(value));
            if (!change.Accepted)
            {
                await turn.Context.AnswerAsync(turn.Texts.ChoiceRefused(change.Problem!.Message), cancellationToken).ConfigureAwait(false);
                return true;
            }

            session.Parameters[parameter.Name] = change.Value;
        }
        else
        {
            return false;
        }

        return await ShowAsync(turn, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Confirm (<c>confirm:&lt;draftId&gt;</c>).</summary>
    /// <param name="turn">The turn.</param>
    /// <param name="draftId">The draft id from the button.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>False when the draft is not the current one (an older summary: "menu expired").</returns>
    public async Task<bool> ConfirmAsync(MenuTurn turn, string draftId, CancellationToken cancellationToken)
    {
        var session = turn.Session;
        if (session.DraftId is null || !string.Equals(session.DraftId, draftId, StringComparison.Ordinal))
        {
            return false;
        }

        if (session.PlacedOrderId is { } placed)
        {
            await turn.Context.AnswerAsync(turn.Texts.AlreadyConfirmed(placed), cancellationToken).ConfigureAwait(false);
            return true;
        }

        if (!_catalog.TryGetCurrent(session, out var model, out var mode))
        {
            return false;
        }

        var validated = ParameterEditor.Validate(_catalog.Catalog, model, mode, session.Parameters);
        PriceQuote? quote = null;
        try
        {
            quote = validated.IsValid ? _live.Prices.Quote(validated) : null;
        }
        catch (KieNotSellableException)
        {
            // Shown by the fresh summary below.
        }

        if (quote is null || quote.TotalMinorUnits != session.QuotedMinorUnits)
        {
            // The catalog or the pricing changed since the summary: never charge what the user did not see.
            await turn.Context.AnswerAsync(turn.Texts.PriceChanged, cancellationToken).ConfigureAwait(false);
            return await ShowAsync(turn, cancellationToken).ConfigureAwait(false);
        }

        var placer = _services.GetService<IOrderPlacer>()
            ?? throw new InvalidOperationException("No IOrderPlacer is registered: the orders feature must be added before orders can be confirmed.");
        var result = await placer.PlaceAsync(new OrderRequest(draftId, turn.Context.UserId, turn.Context.ChatId, validated, quote), cancellationToken).ConfigureAwait(false);
        switch (result)
        {
            case PlaceOrderResult.Placed order:
                session.PlacedOrderId = order.OrderId;
                await turn.ShowAsync(_screens.Confirmed(turn.Texts, order, quote), cancellationToken).ConfigureAwait(false);
                break;
            case PlaceOrderResult.AlreadyPlaced order:
                session.PlacedOrderId = order.OrderId;
                await turn.SaveAsync(cancellationToken).ConfigureAwait(false);
                await turn.Context.AnswerAsync(turn.Texts.AlreadyConfirmed(order.OrderId), cancellationToken).ConfigureAwait(false);
                break;
            case PlaceOrderResult.InsufficientFunds funds:
                await turn.ShowAsync(_screens.InsufficientFunds(turn.Texts, funds.PriceMinorUnits, funds.BalanceMinorUnits), cancellationToken).ConfigureAwait(false);
                break;
            default:
                throw new InvalidOperationException($"Unexpected order result {result.GetType().Name}.");
        }

        return true;
    }

    /// <summary>
    /// Loads given parameters into the session and shows the summary (Retry, later history and templates): a fresh quote
    /// under a new draft id. Values the mode no longer has are dropped.
    /// </summary>
    /// <param name="turn">The turn.</param>
    /// <param name="modelId">The model id.</param>
    /// <param name="modeId">The mode id.</param>
    /// <param name="input">The parameters.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when shown.</returns>
    public async Task LaunchAsync(MenuTurn turn, string modelId, string modeId, JsonObject input, CancellationToken cancellationToken)
    {
        if (await LoadAsync(turn, modelId, modeId, input, cancellationToken).ConfigureAwait(false))
        {
            await ShowAsync(turn, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Replaces the session with the given model, mode and parameters (values the mode no longer has are dropped); when
    /// the model or mode is no longer on offer, clears the session and says so instead.
    /// </summary>
    /// <param name="turn">The turn.</param>
    /// <param name="modelId">The model id.</param>
    /// <param name="modeId">The mode id.</param>
    /// <param name="input">The parameters.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>True when loaded; false when the model is unavailable (already told).</returns>
    public async Task<bool> LoadAsync(MenuTurn turn, string modelId, string modeId, JsonObject input, CancellationToken cancellationToken)
    {
        var session = turn.Session;
        if (!_catalog.Catalog.TryGetModel(modelId, out var model) || !model.TryGetMode(modeId, out var mode))
        {
            session.Clear();
            await turn.ShowAsync(new Screen(turn.Texts.ModelUnavailable, [[ScreenButton.Callback(turn.Texts.ButtonGenerate, CallbackData.Generate)]]), cancellationToken).ConfigureAwait(false);
            return false;
        }

        session.Clear();
        session.Category = MenuCatalog.Code(model.Category);
        session.Model = model.Id;
        session.Mode = mode.Id;
        foreach (var (key, value) in input)
        {
            if (value is not null && Find(mode, key) is { } parameter)
            {
                session.Parameters[parameter.Name] = value.DeepClone();
            }
        }

        return true;
    }

    private static KieModelParameter? Find(KieModelMode mode, string key) =>
        mode.FindParameter(key) ?? mode.Parameters.FirstOrDefault(parameter => string.Equals(parameter.Name.Trim(), key.Trim(), StringComparison.OrdinalIgnoreCase));
}
