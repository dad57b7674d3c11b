using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Localization;

namespace Kie.Samples.TelegramBot.Payments;

/// <summary>Why a pre-checkout is refused.</summary>
public enum CheckoutRefusal
{
    /// <summary>The payload is not one of our invoices.</summary>
    UnknownInvoice,

    /// <summary>The invoice was made for someone else (a forwarded invoice).</summary>
    NotYours,

    /// <summary>Not Telegram Stars.</summary>
    WrongCurrency,

    /// <summary>The amount differs from the invoice's.</summary>
    WrongAmount,

    /// <summary>The invoice was paid already.</summary>
    AlreadyPaid,

    /// <summary>The invoice expired.</summary>
    Expired,

    /// <summary>Top-ups are off (demo mode) or the check itself failed.</summary>
    Unavailable,
}

/// <summary>The pre-checkout rules: the payload is our invoice, for this payer, in Stars, for its amount, unpaid and unexpired.</summary>
public static class CheckoutCheck
{
    /// <summary>The Stars currency code.</summary>
    public const string StarsCurrency = "XTR";

    /// <summary>Checks a pre-checkout query against its invoice.</summary>
    /// <param name="invoice">The invoice the payload names, or null when it is not ours.</param>
    /// <param name="query">The query.</param>
    /// <param name="now">The current time.</param>
    /// <returns>Null to accept, or why not.</returns>
    public static CheckoutRefusal? Check(StarInvoice? invoice, PreCheckoutRequested query, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (invoice is null)
        {
            return CheckoutRefusal.UnknownInvoice;
        }

        if (invoice.UserId != query.User.Id)
        {
            return CheckoutRefusal.NotYours;
        }

        if (!string.Equals(query.Currency, StarsCurrency, StringComparison.Ordinal))
        {
            return CheckoutRefusal.WrongCurrency;
        }

        if (query.TotalAmount != invoice.Stars)
        {
            return CheckoutRefusal.WrongAmount;
        }

        if (invoice.IsPaid)
        {
            return CheckoutRefusal.AlreadyPaid;
        }

        return now >= invoice.ExpiresAt ? CheckoutRefusal.Expired : null;
    }

    /// <summary>The reason shown to the payer.</summary>
    /// <param name="refusal">The refusal.</param>
    /// <param name="texts">The payer's texts.</param>
    /// <returns>The text.</returns>
    public static string Explain(CheckoutRefusal refusal, BotTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return refusal switch
        {
            CheckoutRefusal.UnknownInvoice => texts.CheckoutUnknownInvoice,
            CheckoutRefusal.NotYours => texts.CheckoutNotYours,
            CheckoutRefusal.WrongCurrency => texts.CheckoutWrongCurrency,
            CheckoutRefusal.WrongAmount => texts.CheckoutWrongAmount,
            CheckoutRefusal.AlreadyPaid => texts.CheckoutAlreadyPaid,
            CheckoutRefusal.Expired => texts.CheckoutExpired,
            _ => texts.CheckoutUnavailable,
        };
    }
}
