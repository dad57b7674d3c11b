using System.Globalization;
using Kie.Samples.TelegramBot.Admin;
using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Localization;
using Kie.Sdk;
using Kie.Sdk.Catalog;
using Microsoft.Extensions.Logging;

namespace Kie.Samples.TelegramBot.Catalog;

/// <summary>
/// Admin commands of catalog sync: <c>/sync</c> (compare, show the diff, store new models disabled), <c>/models</c>
/// (the stored models) and <c>/model &lt;id&gt; …</c> (a model's card; set its category and price, enable, disable),
/// with buttons on the card. For anyone but an admin it claims nothing, so the reply is that of any unknown command.
/// </summary>
public sealed partial class CatalogFeature : IBotFeature
{
    /// <summary>The state name under which the signature of the last diff admins saw is stored.</summary>
    public const string NotifiedSignature = "notified_signature";

    private const int PendingButtons = 20;

    private readonly CatalogSyncRunner _runner;
    private readonly SyncedModelStore _store;
    private readonly CatalogOverrides _overrides;
    private readonly LiveCatalog _live;
    private readonly TimeProvider _time;
    private readonly ILogger<CatalogFeature> _logger;

    /// <summary>Creates the feature.</summary>
    /// <param name="runner">Runs syncs.</param>
    /// <param name="store">The stored models.</param>
    /// <param name="overrides">Rebuilds the live catalog.</param>
    /// <param name="live">The live catalog.</param>
    /// <param name="time">The clock.</param>
    /// <param name="logger">The logger (every change is logged).</param>
    public CatalogFeature(CatalogSyncRunner runner, SyncedModelStore store, CatalogOverrides overrides, LiveCatalog live, TimeProvider time, ILogger<CatalogFeature> logger)
    {
        _runner = runner;
        _store = store;
        _overrides = overrides;
        _live = live;
        _time = time;
        _logger = logger;
    }

    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(BotContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.IsAdmin)
        {
            return false;
        }

        if (context.Event is ButtonPressed pressed && CatalogCallbacks.TryParse(pressed.Data, out var key, out var action))
        {
            await ButtonAsync(context, key, action, cancellationToken).ConfigureAwait(false);
            return true;
        }

        if (!AdminChat.TryGetCommand(context, out var command))
        {
            return false;
        }

        switch (command.Name)
        {
            case "sync":
                await SyncAsync(context, cancellationToken).ConfigureAwait(false);
                return true;
            case "models":
                await ListAsync(context, cancellationToken).ConfigureAwait(false);
                return true;
            case "model":
                await ModelCommandAsync(context, command.Arguments, cancellationToken).ConfigureAwait(false);
                return true;
            default:
                return false;
        }
    }

    private async Task SyncAsync(BotContext context, CancellationToken cancellationToken)
    {
        var texts = context.Texts;
        await ReplyAsync(context, texts.CatalogSyncStarted, cancellationToken).ConfigureAwait(false);
        CatalogSyncReport? report;
        try
        {
            report = await _runner.TryRunAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (KieApiException error)
        {
            LogSyncFailed(error, context.UserId);
            await ReplyAsync(context, texts.CatalogSyncFailed(error.Message), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (report is null)
        {
            await ReplyAsync(context, texts.CatalogSyncBusy, cancellationToken).ConfigureAwait(false);
            return;
        }

        LogSynced(context.UserId, report.Added.Count, report.Diff.HasChanges);
        foreach (var page in MessagePages.Split(texts.CatalogReportHeader + "\n" + report.Diff.ToText()))
        {
            await ReplyAsync(context, page, cancellationToken).ConfigureAwait(false);
        }

        if (report.Pending.Count > 0)
        {
            var header = report.Added.Count > 0 ? texts.CatalogAdded(report.Added.Count) : texts.CatalogPendingHeader;
            await context.ReplyAsync(PendingScreen(header, report.Pending), cancellationToken).ConfigureAwait(false);
        }

        // The admin has seen this diff: the scheduled sync need not tell it again.
        await _store.SetStateAsync(NotifiedSignature, report.Signature, cancellationToken).ConfigureAwait(false);
    }

    private async Task ListAsync(BotContext context, CancellationToken cancellationToken)
    {
        var models = await _store.ListAsync(cancellationToken).ConfigureAwait(false);
        if (models.Count == 0)
        {
            await ReplyAsync(context, context.Texts.CatalogNoSyncedModels, cancellationToken).ConfigureAwait(false);
            return;
        }

        await context.ReplyAsync(PendingScreen(context.Texts.CatalogSyncedModelsHeader, models), cancellationToken).ConfigureAwait(false);
    }

    private async Task ModelCommandAsync(BotContext context, string arguments, CancellationToken cancellationToken)
    {
        var texts = context.Texts;
        var parts = arguments.Split((char[]?)null, 3, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            await ReplyAsync(context, texts.CatalogModelUsage, cancellationToken).ConfigureAwait(false);
            return;
        }

        var model = await _store.FindAsync(parts[0], cancellationToken).ConfigureAwait(false);
        if (model is null)
        {
            await ReplyAsync(context, texts.CatalogUnknownModel(parts[0]), cancellationToken).ConfigureAwait(false);
            return;
        }

        var value = parts.Length > 2 ? parts[2] : string.Empty;
        var outcome = (parts.Length > 1 ? parts[1].ToLowerInvariant() : string.Empty) switch
        {
            "" => new ChangeOutcome(model, null),
            "category" => await SetCategoryAsync(context, model, value, cancellationToken).ConfigureAwait(false),
            "price" => await SetPriceAsync(context, model, value, cancellationToken).ConfigureAwait(false),
            "enable" => await SetEnabledAsync(context, model, true, cancellationToken).ConfigureAwait(false),
            "disable" => await SetEnabledAsync(context, model, false, cancellationToken).ConfigureAwait(false),
            _ => null,
        };
        if (outcome is null)
        {
            await ReplyAsync(context, texts.CatalogModelUsage, cancellationToken).ConfigureAwait(false);
            return;
        }

        await context.ReplyAsync(Card(texts, outcome), cancellationToken).ConfigureAwait(false);
    }

    private async Task ButtonAsync(BotContext context, string key, string action, CancellationToken cancellationToken)
    {
        var texts = context.Texts;
        var model = await _store.FindAsync(key, cancellationToken).ConfigureAwait(false);
        if (model is null || !string.Equals(model.Key, key, StringComparison.Ordinal))
        {
            await context.AnswerAsync(texts.MenuExpired, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (action == CatalogCallbacks.Price)
        {
            await context.AnswerAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            await ReplyAsync(context, texts.CatalogPriceHow(model.ModelId), cancellationToken).ConfigureAwait(false);
            return;
        }

        var outcome = action switch
        {
            CatalogCallbacks.View => new ChangeOutcome(model, null),
            CatalogCallbacks.Enable => await SetEnabledAsync(context, model, true, cancellationToken).ConfigureAwait(false),
            CatalogCallbacks.Disable => await SetEnabledAsync(context, model, false, cancellationToken).ConfigureAwait(false),
            _ when action.StartsWith(CatalogCallbacks.CategoryPrefix, StringComparison.Ordinal) =>
                await SetCategoryAsync(context, model, action[CatalogCallbacks.CategoryPrefix.Length..], cancellationToken).ConfigureAwait(false),
            _ => null,
        };
        if (outcome is null)
        {
            await context.AnswerAsync(texts.MenuExpired, cancellationToken).ConfigureAwait(false);
            return;
        }

        await context.AnswerAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        await context.ShowAsync(Card(texts, outcome), cancellationToken).ConfigureAwait(false);
    }

    private Task<ChangeOutcome> SetCategoryAsync(BotContext context, SyncedModel model, string code, CancellationToken cancellationToken) =>
        CategoryCodes.TryParse(code, out var category)
            ? ChangeAsync(context, model with { Category = category }, cancellationToken)
            : Task.FromResult(new ChangeOutcome(model, context.Texts.CatalogBadCategory(code)));

    private Task<ChangeOutcome> SetPriceAsync(BotContext context, SyncedModel model, string text, CancellationToken cancellationToken) =>
        TryReadCredits(text, out var credits)
            ? ChangeAsync(context, model with { Credits = credits }, cancellationToken)
            : Task.FromResult(new ChangeOutcome(model, context.Texts.CatalogBadPrice(text)));

    private Task<ChangeOutcome> SetEnabledAsync(BotContext context, SyncedModel model, bool enabled, CancellationToken cancellationToken)
    {
        if (enabled && model.Missing.Count > 0)
        {
            return Task.FromResult(new ChangeOutcome(model, context.Texts.CatalogEnableMissing(model.ModelId, model.Missing)));
        }

        return ChangeAsync(context, model with { Enabled = enabled }, cancellationToken);
    }

    /// <summary>Checks that the changed model still loads (and, enabled, is sellable), stores it and rebuilds the live catalog.</summary>
    private async Task<ChangeOutcome> ChangeAsync(BotContext context, SyncedModel changed, CancellationToken cancellationToken)
    {
        try
        {
            var trial = OverrideBuilder.Apply(_live.Current, changed, DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime));
            if (changed.Enabled && !(trial.TryGetModel(changed.ModelId, out var info) && info.IsSellable))
            {
                throw new KieCatalogFormatException(changed.ModelId, "no mode of the model is sellable.");
            }
        }
        catch (KieCatalogFormatException error)
        {
            var unchanged = await _store.FindAsync(changed.ModelId, cancellationToken).ConfigureAwait(false) ?? changed with { Enabled = false };
            return new ChangeOutcome(unchanged, context.Texts.CatalogEnableBroken(changed.ModelId, error.Message));
        }

        var stored = await _store.UpdateAsync(changed.ModelId, changed.Category, changed.Credits, changed.Enabled, context.UserId, cancellationToken).ConfigureAwait(false) ?? changed;
        await _overrides.ApplyAsync(cancellationToken).ConfigureAwait(false);
        LogChanged(context.UserId, stored.ModelId, stored.Category is { } category ? CategoryCodes.Code(category) : "-", stored.Credits?.ToString(CultureInfo.InvariantCulture) ?? "-", stored.Enabled);
        return new ChangeOutcome(stored, context.Texts.CatalogSaved);
    }

    private static bool TryReadCredits(string text, out decimal credits)
    {
        // No sign and no thousands separators; a comma is a Russian keyboard's decimal point.
        return decimal.TryParse(text.Trim().Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out credits)
            && credits > 0 && credits <= 1_000_000 && decimal.Round(credits, 4) == credits;
    }

    private Screen Card(BotTexts texts, ChangeOutcome outcome)
    {
        var model = outcome.Model;
        _live.Current.TryGetModel(model.ModelId, out var info);
        var card = new SyncedModelCard(
            model.ModelId,
            info?.DisplayName ?? model.ModelId,
            model.ApiModel,
            model.Enabled,
            model.Category,
            model.Credits,
            model.Credits is { } credits ? _live.Prices.Format(_live.Prices.PriceOf(credits)) : null,
            info?.Modes.Select(mode => mode.Pricing.PriceText).FirstOrDefault(text => !string.IsNullOrWhiteSpace(text)),
            model.Missing);
        var text = texts.CatalogCard(card);
        if (outcome.Notice is { } notice)
        {
            text = notice + "\n\n" + text;
        }

        var categories = CategoryCodes.Choosable
            .Select(category => ScreenButton.Callback(
                (model.Category == category ? "✓ " : string.Empty) + texts.CatalogCategoryName(category),
                CatalogCallbacks.For(model.Key, CatalogCallbacks.CategoryPrefix + CategoryCodes.Code(category))))
            .ToArray();
        IReadOnlyList<IReadOnlyList<ScreenButton>> rows =
        [
            categories[..3],
            categories[3..],
            [
                ScreenButton.Callback(texts.CatalogPriceButton, CatalogCallbacks.For(model.Key, CatalogCallbacks.Price)),
                model.Enabled
                    ? ScreenButton.Callback(texts.CatalogDisableButton, CatalogCallbacks.For(model.Key, CatalogCallbacks.Disable))
                    : ScreenButton.Callback(texts.CatalogEnableButton, CatalogCallbacks.For(model.Key, CatalogCallbacks.Enable)),
            ],
        ];
        return new Screen(text, rows);
    }

    private static Screen PendingScreen(string header, IReadOnlyList<SyncedModel> models)
    {
        var lines = models.Select(model => $"• /model {model.ModelId} — {model.ApiModel}{(model.Enabled ? " ✅" : " ⛔")}");
        var buttons = models.Take(PendingButtons)
            .Select(model => (IReadOnlyList<ScreenButton>)[ScreenButton.Callback("⚙️ " + model.ModelId, CatalogCallbacks.For(model.Key, CatalogCallbacks.View))])
            .ToArray();
        return new Screen(Truncate(header + "\n" + string.Join('\n', lines)), buttons);
    }

    private static string Truncate(string text) => text.Length <= MessagePages.PageLength ? text : text[..(MessagePages.PageLength - 1)] + "…";

    private static Task ReplyAsync(BotContext context, string text, CancellationToken cancellationToken) =>
        context.ReplyAsync(new Screen(text), cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Admin {AdminId} ran a catalog sync: {Added} model(s) stored, changes: {HasChanges}")]
    private partial void LogSynced(long adminId, int added, bool hasChanges);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Catalog sync asked by admin {AdminId} failed")]
    private partial void LogSyncFailed(Exception error, long adminId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Admin {AdminId} changed synced model {ModelId}: category {Category}, credits {Credits}, enabled {Enabled}")]
    private partial void LogChanged(long adminId, string modelId, string category, string credits, bool enabled);

    private sealed record ChangeOutcome(SyncedModel Model, string? Notice);
}
