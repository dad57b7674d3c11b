using System.Globalization;
using Kie.Samples.TelegramBot.Bonuses;
using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Hosting;
using Kie.Samples.TelegramBot.Localization;
using Kie.Samples.TelegramBot.Money;

namespace Kie.Samples.TelegramBot.Payments;

/// <summary>The balance screen with its pack buttons, and the texts of a pack's invoice.</summary>
public sealed class PaymentScreens
{
    /// <summary>Telegram's limit on an invoice title, in characters.</summary>
    public const int MaxTitleLength = 32;

    /// <summary>Telegram's limit on an invoice description, in characters.</summary>
    public const int MaxDescriptionLength = 255;

    private readonly TopUpRates _rates;
    private readonly BotOptions _bot;

    /// <summary>Creates the screens.</summary>
    /// <param name="rates">The Stars rates and packs.</param>
    /// <param name="bot">The bot's options (demo mode).</param>
    public PaymentScreens(TopUpRates rates, BotOptions bot)
    {
        _rates = rates;
        _bot = bot;
    }

    /// <summary>Whether packs are offered: always in live mode, in demo mode only when allowed.</summary>
    public bool TopUpsOpen => !_bot.DemoMode || _rates.Options.AllowInDemoMode;

    /// <summary>The balance screen: balance, held money, pack buttons (or the demo note) and a way back.</summary>
    /// <param name="texts">The user's texts.</param>
    /// <param name="available">The spendable balance.</param>
    /// <param name="held">Money held for running orders.</param>
    /// <param name="notice">A line to put first, or null.</param>
    /// <returns>The screen.</returns>
    public Screen Balance(BotTexts texts, long available, long held, string? notice = null) => Balance(texts, available, held, [], notice);

    /// <summary>
    /// The balance screen with bonus money: balance, bonus money with what expires first, held money, pack buttons (or
    /// the demo note), Invite friends, Enter promo code and a way back.
    /// </summary>
    /// <param name="texts">The user's texts.</param>
    /// <param name="available">The spendable paid balance.</param>
    /// <param name="held">Money held for running orders.</param>
    /// <param name="bonus">The open bonus lots, earliest expiry first.</param>
    /// <param name="notice">A line to put first, or null.</param>
    /// <returns>The screen.</returns>
    public Screen Balance(BotTexts texts, long available, long held, IReadOnlyList<BonusLotBalance> bonus, string? notice = null)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(bonus);
        var lines = new List<string>();
        if (notice is not null)
        {
            lines.Add(notice);
            lines.Add(string.Empty);
        }

        lines.Add(texts.BalanceHeader(_rates.Format(available)));
        if (bonus.Count > 0)
        {
            var nearest = bonus[0].ExpiresAt;
            lines.Add(texts.BonusBalanceLine(
                _rates.Format(bonus.Sum(lot => lot.Left)),
                _rates.Format(bonus.Where(lot => lot.ExpiresAt == nearest).Sum(lot => lot.Left)),
                nearest.UtcDateTime.ToString(texts.Language == BotLanguage.Ru ? "dd.MM.yyyy" : "yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        if (held > 0)
        {
            lines.Add(texts.BalanceHeld(_rates.Format(held)));
        }

        lines.Add(string.Empty);
        var rows = new List<IReadOnlyList<ScreenButton>>();
        if (TopUpsOpen)
        {
            lines.Add(texts.TopUpIntro);
            rows.AddRange(_rates.Options.Packs.Select(pack => (IReadOnlyList<ScreenButton>)[
                ScreenButton.Callback(texts.TopUpPackButton(pack.Stars, _rates.Format(_rates.CreditFor(pack)), Bonus(pack)), PackData(pack))]));
        }
        else
        {
            lines.Add(texts.TopUpDemoOff);
        }

        lines.Add(string.Empty);
        lines.Add(texts.TopUpHelpLine);
        rows.Add([ScreenButton.Callback(texts.ButtonInviteFriends, BonusCallbacks.Invite), ScreenButton.Callback(texts.ButtonEnterPromo, BonusCallbacks.EnterPromo)]);
        rows.Add([ScreenButton.Callback(texts.ButtonMainMenu, CallbackData.MainMenu)]);
        return new Screen(string.Join('\n', lines), rows);
    }

    /// <summary>The invoice of a pack (texts cut to Telegram's limits).</summary>
    /// <param name="texts">The user's texts.</param>
    /// <param name="pack">The pack.</param>
    /// <param name="invoice">The stored invoice (payload and money).</param>
    /// <returns>The invoice to send.</returns>
    public InvoiceScreen Invoice(BotTexts texts, StarsPack pack, StarInvoice invoice)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(invoice);
        var money = _rates.Format(invoice.CreditMinor);
        return new InvoiceScreen(
            Cut(texts.InvoiceTitle(money), MaxTitleLength),
            Cut(texts.InvoiceDescription(invoice.Stars, money, Bonus(pack)), MaxDescriptionLength),
            invoice.Id,
            invoice.Stars,
            PaymentsFeature.StartParameter);
    }

    /// <summary>The callback data of a pack button (<c>topup:&lt;stars&gt;</c>).</summary>
    /// <param name="pack">The pack.</param>
    /// <returns>The data.</returns>
    public static string PackData(StarsPack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        return CallbackData.TopUpPackPrefix + pack.Stars.ToString(CultureInfo.InvariantCulture);
    }

    private static string? Bonus(StarsPack pack) => pack.BonusPercent > 0 ? pack.BonusPercent.ToString("0.##", CultureInfo.InvariantCulture) : null;

    private static string Cut(string text, int limit)
    {
        if (text.Length <= limit)
        {
            return text;
        }

        // Leave room for the ellipsis and never split an emoji's surrogate pair.
        var end = limit - 1;
        if (char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }

        return text[..end].TrimEnd() + "…";
    }
}
