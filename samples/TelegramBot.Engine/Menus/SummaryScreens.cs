using System.Text;
using Kie.Samples.TelegramBot.Bonuses;
using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Localization;
using Kie.Samples.TelegramBot.Orders;
using Kie.Sdk.Catalog;
using Kie.Sdk.Pricing;

namespace Kie.Samples.TelegramBot.Menus;

/// <summary>The summary before paying: every setting, the price and how it was reached, speed tiers, the balance after.</summary>
internal sealed class SummaryScreens
{
    private const int ValueLimit = 300;

    private readonly PriceCalculator _prices;
    private readonly CallbackKeyStore _keys;

    /// <summary>Creates the screens.</summary>
    /// <param name="prices">Formats money.</param>
    /// <param name="keys">The callback keys (tier buttons).</param>
    public SummaryScreens(PriceCalculator prices, CallbackKeyStore keys)
    {
        _prices = prices;
        _keys = keys;
    }

    /// <summary>The summary with Confirm.</summary>
    /// <param name="texts">The user's texts.</param>
    /// <param name="validated">The validated input.</param>
    /// <param name="session">The session (which values the user set, which are defaults).</param>
    /// <param name="quote">The fresh quote.</param>
    /// <param name="balance">The user's available money, in minor units.</param>
    /// <param name="draftId">This screen's id, for its Confirm button.</param>
    /// <param name="offer">What bonuses do to the price (a free generation, bonus money), if anything.</param>
    /// <returns>The screen.</returns>
    public Screen Summary(BotTexts texts, KieInputValidationResult validated, MenuSession session, PriceQuote quote, long balance, string draftId, BonusOffer? offer = null)
    {
        var text = Header(texts, validated, session).Append('\n');
        text.Append(texts.PriceLine(_prices.FormatMinorUnits(quote.TotalMinorUnits), ParameterText.Number(quote.Credits))).Append('\n');
        foreach (var line in quote.Breakdown)
        {
            text.Append("· ").Append(line).Append('\n');
        }

        var rows = new List<IReadOnlyList<ScreenButton>> { new[] { ScreenButton.Callback(texts.ButtonConfirm, MenuCallbacks.Confirm(draftId)) } };
        if (quote.Tiers.Count > 0)
        {
            text.Append(texts.SpeedOptions).Append('\n');
            foreach (var tier in quote.Tiers)
            {
                var price = tier.Quote is { } tierQuote ? _prices.FormatMinorUnits(tierQuote.TotalMinorUnits) : texts.TierNotSellable;
                text.Append(tier.IsSelected ? "✅ " : "• ").Append(tier.Tier.DisplayName).Append(" — ").Append(price).Append('\n');
                if (!tier.IsSelected && tier.Quote is not null)
                {
                    rows.Add([ScreenButton.Callback($"⚡ {tier.Tier.DisplayName} — {price}", MenuCallbacks.Tier(_keys.KeyFor(CallbackKeyKind.Tier, tier.Tier.Id)))]);
                }
            }
        }

        // Free: nothing is charged. Bonus money: spent before the balance.
        var charged = quote.TotalMinorUnits;
        if (offer is { IsFree: true })
        {
            text.Append(texts.FreeTodayLine(offer.FreeLeft!.Value, offer.FreePerDay)).Append('\n');
            charged = 0;
        }
        else if (offer is not null)
        {
            if (offer.FreeLeft == 0)
            {
                text.Append(texts.FreeUsedUpLine(offer.FreePerDay)).Append('\n');
            }

            if (offer.BonusUsed > 0)
            {
                text.Append(texts.BonusUsedLine(_prices.FormatMinorUnits(offer.BonusUsed))).Append('\n');
                charged -= offer.BonusUsed;
            }
        }

        var after = balance - charged;
        if (after >= 0)
        {
            text.Append(texts.BalanceLine(_prices.FormatMinorUnits(balance), _prices.FormatMinorUnits(after)));
        }
        else
        {
            text.Append(texts.BalanceOnlyLine(_prices.FormatMinorUnits(balance))).Append('\n')
                .Append(texts.NotEnoughOnSummary(_prices.FormatMinorUnits(-after)));
            rows.Add([ScreenButton.Callback(texts.ButtonTopUp, CallbackData.TopUp)]);
        }

        rows.Add(EditAndCancel(texts));
        return new Screen(text.ToString(), rows);
    }

    /// <summary>The summary of something that cannot be sold: no Confirm.</summary>
    /// <param name="texts">The user's texts.</param>
    /// <param name="validated">The validated input.</param>
    /// <param name="session">The session.</param>
    /// <param name="reason">The catalog's reason.</param>
    /// <returns>The screen.</returns>
    public Screen NotSellable(BotTexts texts, KieInputValidationResult validated, MenuSession session, string reason)
    {
        var text = Header(texts, validated, session).Append('\n')
            .Append(texts.NotSellable(ParameterScreens.Title(validated.Model, validated.Mode), reason));
        var rows = new List<IReadOnlyList<ScreenButton>>();

        // A speed tier may be what is missing (Ideogram prices only a chosen rendering speed): offer the others.
        foreach (var tier in validated.Mode.SpeedTiers)
        {
            var current = tier.ModeId is { } modeId
                ? string.Equals(modeId, validated.Mode.Id, StringComparison.OrdinalIgnoreCase)
                : tier.Parameter is { } name && session.Parameters.TryGetValue(name, out var value) && string.Equals(ParameterText.Scalar(value), tier.Value, StringComparison.OrdinalIgnoreCase);
            if (!current)
            {
                rows.Add([ScreenButton.Callback("⚡ " + tier.DisplayName, MenuCallbacks.Tier(_keys.KeyFor(CallbackKeyKind.Tier, tier.Id)))]);
            }
        }

        rows.Add(EditAndCancel(texts));
        return new Screen(text.ToString(), rows);
    }

    /// <summary>Settings the catalog refuses as a whole (a rule across parameters), listed to fix.</summary>
    /// <param name="texts">The user's texts.</param>
    /// <param name="validated">The validation result.</param>
    /// <returns>The screen.</returns>
    public static Screen Invalid(BotTexts texts, KieInputValidationResult validated)
    {
        var problems = string.Join('\n', validated.Problems.Select(problem => "• " + problem));
        return new Screen(ParameterScreens.Title(validated.Model, validated.Mode) + "\n\n" + texts.SettingsInvalid(problems), [EditAndCancel(texts)]);
    }

    /// <summary>Confirm found the balance short: price, balance, the way to top up. Nothing was charged.</summary>
    /// <param name="texts">The user's texts.</param>
    /// <param name="price">The price, in minor units.</param>
    /// <param name="balance">The balance, in minor units.</param>
    /// <returns>The screen.</returns>
    public Screen InsufficientFunds(BotTexts texts, long price, long balance) => new(
        texts.InsufficientFunds(_prices.FormatMinorUnits(price), _prices.FormatMinorUnits(balance), _prices.FormatMinorUnits(Math.Max(0, price - balance))),
        [
            [ScreenButton.Callback(texts.ButtonTopUp, CallbackData.TopUp)],
            [ScreenButton.Callback(texts.ButtonBackToOrder, MenuCallbacks.ShowPriceConfirmation), ScreenButton.Callback(texts.ButtonCancel, MenuCallbacks.Cancel)],
        ]);

    /// <summary>What an order became: its id, no buttons (the orders feature reports progress).</summary>
    /// <param name="texts">The user's texts.</param>
    /// <param name="orderId">The order id.</param>
    /// <param name="quote">The quote it was placed with.</param>
    /// <returns>The screen.</returns>
    public Screen Confirmed(BotTexts texts, string orderId, PriceQuote quote) =>
        new(texts.OrderConfirmed(orderId, $"{quote.ModelName} · {quote.ModeName}", _prices.FormatMinorUnits(quote.TotalMinorUnits)));

    /// <summary>What an order became, saying when it is free or used bonus money.</summary>
    /// <param name="texts">The user's texts.</param>
    /// <param name="placed">The placed order.</param>
    /// <param name="quote">The quote it was placed with.</param>
    /// <returns>The screen.</returns>
    public Screen Confirmed(BotTexts texts, PlaceOrderResult.Placed placed, PriceQuote quote)
    {
        if (placed.Free)
        {
            return new(texts.FreeOrderConfirmed(placed.OrderId, $"{quote.ModelName} · {quote.ModeName}"));
        }

        var screen = Confirmed(texts, placed.OrderId, quote);
        return placed.BonusMinorUnits > 0 ? new(screen.Text + "\n" + texts.OrderBonusUsed(_prices.FormatMinorUnits(placed.BonusMinorUnits))) : screen;
    }

    private static StringBuilder Header(BotTexts texts, KieInputValidationResult validated, MenuSession session)
    {
        var text = new StringBuilder(texts.SummaryTitle).Append('\n')
            .Append(ParameterScreens.Title(validated.Model, validated.Mode)).Append('\n');
        var input = validated.CreateInput();
        foreach (var parameter in validated.Mode.Parameters)
        {
            if (!input.TryGetValue(parameter.Name, out var value) || value is null)
            {
                continue;
            }

            text.Append("• ").Append(ParameterText.Name(parameter)).Append(": ").Append(ParameterText.Display(parameter, value, texts, ValueLimit));
            if (!session.Parameters.ContainsKey(parameter.Name))
            {
                text.Append(texts.DefaultSuffix);
            }

            text.Append('\n');
        }

        return text;
    }

    private static IReadOnlyList<ScreenButton> EditAndCancel(BotTexts texts) =>
        [ScreenButton.Callback(texts.ButtonEdit, MenuCallbacks.Parameters), ScreenButton.Callback(texts.ButtonCancel, MenuCallbacks.Cancel)];
}
