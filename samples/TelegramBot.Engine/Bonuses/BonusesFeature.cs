using System.Globalization;
using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Localization;
using Microsoft.Extensions.Logging;

namespace Kie.Samples.TelegramBot.Bonuses;

/// <summary>
/// The bonuses feature's conversation: <c>/start ref_&lt;code&gt;</c> (records the inviter, then lets the menus show the
/// start screen), <c>/invite</c> and the Invite friends button, <c>/promo CODE</c> and the Enter promo code button, and
/// the admin commands <c>/promo_new</c>, <c>/promo_list</c>, <c>/promo_off</c> (for anyone else they are unknown
/// commands: nothing here claims them).
/// </summary>
public sealed partial class BonusesFeature : IBotFeature, IAsksQuestions
{
    private readonly Referrals _referrals;
    private readonly PromoCodes _promos;
    private readonly PromoPrompts _prompts;
    private readonly BonusMoney _money;
    private readonly BonusOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<BonusesFeature> _logger;

    /// <summary>Creates the feature.</summary>
    /// <param name="referrals">Referral codes and inviters.</param>
    /// <param name="promos">Promo codes.</param>
    /// <param name="prompts">Open "send your promo code" questions.</param>
    /// <param name="money">Bonus amounts and formatting.</param>
    /// <param name="options">The bonus settings.</param>
    /// <param name="time">The clock.</param>
    /// <param name="logger">The logger.</param>
    public BonusesFeature(Referrals referrals, PromoCodes promos, PromoPrompts prompts, BonusMoney money, BonusOptions options, TimeProvider time, ILogger<BonusesFeature> logger)
    {
        _referrals = referrals;
        _promos = promos;
        _prompts = prompts;
        _money = money;
        _options = options;
        _time = time;
        _logger = logger;
    }

    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(BotContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        switch (context.Event)
        {
            case ButtonPressed { Data: BonusCallbacks.Invite }:
                await _prompts.CloseAsync(context.UserId, cancellationToken).ConfigureAwait(false);
                await ShowInviteAsync(context, cancellationToken).ConfigureAwait(false);
                return true;
            case ButtonPressed { Data: BonusCallbacks.EnterPromo }:
                await _prompts.OpenAsync(context.UserId, cancellationToken).ConfigureAwait(false);
                await context.ShowAsync(new Screen(context.Texts.PromoAsk, [[ScreenButton.Callback(context.Texts.ButtonBackToBalance, CallbackData.Balance)]]), cancellationToken).ConfigureAwait(false);
                return true;
            case ButtonPressed:
                // Any other button moves on: the promo code question is no longer open.
                await _prompts.CloseAsync(context.UserId, cancellationToken).ConfigureAwait(false);
                return false;
            case TextReceived text when ChatCommand.TryParse(text.Text, out var command):
                return await CommandAsync(context, command, cancellationToken).ConfigureAwait(false);
            case TextReceived text when await _prompts.CloseAsync(context.UserId, cancellationToken).ConfigureAwait(false):
                await RedeemAsync(context, text.Text, cancellationToken).ConfigureAwait(false);
                return true;
            default:
                return false;
        }
    }

    private async Task<bool> CommandAsync(BotContext context, ChatCommand command, CancellationToken cancellationToken)
    {
        switch (command.Name)
        {
            case "start":
                await _prompts.CloseAsync(context.UserId, cancellationToken).ConfigureAwait(false);
                if (command.Arguments.StartsWith(Referrals.StartPrefix, StringComparison.Ordinal))
                {
                    var outcome = await _referrals.RecordAsync(context.UserId, command.Arguments[Referrals.StartPrefix.Length..], cancellationToken).ConfigureAwait(false);
                    LogReferral(context.UserId, outcome);
                }

                // Never claimed: the menus still show the start screen (a refused code is ignored silently).
                return false;
            case "promo":
                await _prompts.CloseAsync(context.UserId, cancellationToken).ConfigureAwait(false);
                if (command.Arguments.Length == 0)
                {
                    await _prompts.OpenAsync(context.UserId, cancellationToken).ConfigureAwait(false);
                    await context.ReplyAsync(new Screen(context.Texts.PromoAsk), cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await RedeemAsync(context, command.Arguments, cancellationToken).ConfigureAwait(false);
                }

                return true;
            case "invite":
                await _prompts.CloseAsync(context.UserId, cancellationToken).ConfigureAwait(false);
                await ShowInviteAsync(context, cancellationToken).ConfigureAwait(false);
                return true;
            case "promo_new" when context.IsAdmin:
                await CreatePromoAsync(context, command.Arguments, cancellationToken).ConfigureAwait(false);
                return true;
            case "promo_list" when context.IsAdmin:
                await ListPromosAsync(context, cancellationToken).ConfigureAwait(false);
                return true;
            case "promo_off" when context.IsAdmin:
                await DisablePromoAsync(context, command.Arguments, cancellationToken).ConfigureAwait(false);
                return true;
            default:
                await _prompts.CloseAsync(context.UserId, cancellationToken).ConfigureAwait(false);
                return false;
        }
    }

    private async Task RedeemAsync(BotContext context, string typed, CancellationToken cancellationToken)
    {
        var texts = context.Texts;
        var shown = typed.Trim();
        if (shown.Length > PromoCodes.MaxCodeLength)
        {
            shown = shown[..PromoCodes.MaxCodeLength] + "…";
        }

        var code = PromoCodes.Normalize(typed) ?? shown;
        var result = await _promos.RedeemAsync(context.UserId, typed, cancellationToken).ConfigureAwait(false);
        var reply = result.Outcome switch
        {
            PromoOutcome.Redeemed => texts.PromoRedeemed(_money.Format(result.Amount), _money.FormatDate(result.BonusExpiresAt, texts.Language)),
            PromoOutcome.Expired => texts.PromoExpired(code),
            PromoOutcome.UsedUp => texts.PromoUsedUp(code),
            PromoOutcome.AlreadyUsed => texts.PromoAlreadyUsed(code),
            _ => texts.PromoUnknown(shown),
        };
        if (result.Outcome == PromoOutcome.Redeemed)
        {
            LogRedeemed(context.UserId, code, result.Amount);
        }

        await context.ReplyAsync(new Screen(reply, [[ScreenButton.Callback(texts.ButtonBackToBalance, CallbackData.Balance)]]), cancellationToken).ConfigureAwait(false);
    }

    private async Task ShowInviteAsync(BotContext context, CancellationToken cancellationToken)
    {
        var texts = context.Texts;
        var code = await _referrals.CodeForAsync(context.UserId, cancellationToken).ConfigureAwait(false);
        var (invited, credited) = await _referrals.CountsAsync(context.UserId, cancellationToken).ConfigureAwait(false);
        var link = _options.BotUsername is { Length: > 0 } username
            ? $"https://t.me/{username.TrimStart('@')}?start={Referrals.StartPrefix}{code}"
            : texts.InviteWithoutLink(code);
        var text = texts.InviteScreen(link, _money.Format(_money.InviterBonus), _money.Format(_money.InviteeBonus), _options.Referral.ExpiryDays, invited, credited);
        await context.ShowAsync(new Screen(text, [[ScreenButton.Callback(texts.ButtonBackToBalance, CallbackData.Balance)]]), cancellationToken).ConfigureAwait(false);
    }

    private async Task CreatePromoAsync(BotContext context, string arguments, CancellationToken cancellationToken)
    {
        var texts = context.Texts;
        var parsed = PromoCommand.TryParse(arguments, _time.GetUtcNow());
        if (parsed is null || !_money.TryToMinor(parsed.Amount, out var amount))
        {
            await context.ReplyAsync(new Screen(texts.PromoCreateUsage), cancellationToken).ConfigureAwait(false);
            return;
        }

        var created = await _promos.CreateAsync(parsed.Code, amount, parsed.MaxUses, parsed.ExpiresAt, parsed.BonusDays, context.UserId, cancellationToken).ConfigureAwait(false);
        if (created)
        {
            LogCreated(context.UserId, parsed.Code, amount, parsed.MaxUses);
        }

        await context.ReplyAsync(
            new Screen(created
                ? texts.PromoCreated(parsed.Code, _money.Format(amount), parsed.MaxUses, AdminTime(parsed.ExpiresAt), parsed.BonusDays)
                : texts.PromoExists(parsed.Code)),
            cancellationToken).ConfigureAwait(false);
    }

    private async Task ListPromosAsync(BotContext context, CancellationToken cancellationToken)
    {
        var texts = context.Texts;
        var codes = await _promos.ListAsync(cancellationToken).ConfigureAwait(false);
        var now = _time.GetUtcNow();
        var text = codes.Count == 0
            ? texts.PromoListEmpty
            : texts.PromoListHeader + "\n" + string.Join('\n', codes.Select(code => texts.PromoListLine(
                code.Code,
                _money.Format(code.Amount),
                code.Uses,
                code.MaxUses,
                AdminTime(code.ExpiresAt),
                code.Disabled ? texts.PromoStateDisabled : code.ExpiresAt <= now ? texts.PromoStateExpired : texts.PromoStateActive)));
        await context.ReplyAsync(new Screen(text), cancellationToken).ConfigureAwait(false);
    }

    private async Task DisablePromoAsync(BotContext context, string arguments, CancellationToken cancellationToken)
    {
        var texts = context.Texts;
        if (PromoCodes.Normalize(arguments) is not { } code)
        {
            await context.ReplyAsync(new Screen(texts.PromoDisableUsage), cancellationToken).ConfigureAwait(false);
            return;
        }

        var disabled = await _promos.DisableAsync(code, cancellationToken).ConfigureAwait(false);
        await context.ReplyAsync(new Screen(disabled ? texts.PromoDisabled(code) : texts.PromoNotFound(code)), cancellationToken).ConfigureAwait(false);
    }

    private static string AdminTime(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Information, Message = "Referral start by user {UserId}: {Outcome}")]
    private partial void LogReferral(long userId, ReferralOutcome outcome);

    [LoggerMessage(Level = LogLevel.Information, Message = "User {UserId} redeemed promo code {Code}: {Amount} minor units")]
    private partial void LogRedeemed(long userId, string code, long amount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Admin {AdminId} created promo code {Code}: {Amount} minor units, {MaxUses} uses")]
    private partial void LogCreated(long adminId, string code, long amount, int maxUses);

    /// <inheritdoc />
    public Task ForgetQuestionAsync(long userId, CancellationToken cancellationToken) => _prompts.CloseAsync(userId, cancellationToken);
}
