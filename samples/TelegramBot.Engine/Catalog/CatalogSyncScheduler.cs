using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Hosting;
using Kie.Samples.TelegramBot.Localization;
using Kie.Samples.TelegramBot.Store;
using Microsoft.Extensions.Logging;

namespace Kie.Samples.TelegramBot.Catalog;

/// <summary>
/// Runs a catalog sync every <see cref="CatalogSyncOptions.EffectiveInterval"/> on the bot's clock and tells the admins when the
/// diff differs from the last one they were told about (or saw with /sync). A failing source is logged and tried again
/// at the next interval; it never stops the bot.
/// </summary>
public sealed partial class CatalogSyncScheduler : PeriodicAdminJob
{
    /// <summary>The state name of the last scheduled run's time (Unix milliseconds).</summary>
    public const string LastRun = "last_scheduled_run";

    private const int SummaryLines = 3;

    private readonly CatalogSyncRunner _runner;
    private readonly SyncedModelStore _store;
    private readonly BotOptions _bot;
    private readonly UserStore _users;
    private readonly IChatGateway _chat;
    private readonly ILogger<CatalogSyncScheduler> _logger;
    private readonly TimeSpan _interval;
    private long _completedRuns;

    /// <summary>Creates the service.</summary>
    /// <param name="runner">Runs syncs.</param>
    /// <param name="store">Keeps the last notified signature.</param>
    /// <param name="options">The interval.</param>
    /// <param name="bot">The admins.</param>
    /// <param name="users">The admins' languages.</param>
    /// <param name="chat">Where notices go.</param>
    /// <param name="time">The clock.</param>
    /// <param name="logger">The logger.</param>
    public CatalogSyncScheduler(CatalogSyncRunner runner, SyncedModelStore store, CatalogSyncOptions options, BotOptions bot, UserStore users, IChatGateway chat, TimeProvider time, ILogger<CatalogSyncScheduler> logger)
        : base(time)
    {
        _runner = runner;
        _store = store;
        _bot = bot;
        _users = users;
        _chat = chat;
        _logger = logger;
        // With no admin there is nobody to tell, so nothing is scheduled (and no timer sits on the clock).
        _interval = bot.Admins.Count == 0 ? TimeSpan.Zero : options.EffectiveInterval(bot.DemoMode);
    }

    /// <summary>How many scheduled runs finished (failed ones included) since start-up: for monitoring and tests.</summary>
    public long CompletedRuns => Interlocked.Read(ref _completedRuns);

    /// <summary>Runs one scheduled sync and tells the admins if the diff is new to them. Never throws but for cancellation.</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when done.</returns>
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            var report = await _runner.TryRunAsync(cancellationToken).ConfigureAwait(false);
            if (report is not null)
            {
                var told = await _store.GetStateAsync(CatalogFeature.NotifiedSignature, cancellationToken).ConfigureAwait(false);
                if (report.Signature != told)
                {
                    if (report.IsWorthTelling)
                    {
                        await TellAdminsAsync(report, cancellationToken).ConfigureAwait(false);
                    }

                    await _store.SetStateAsync(CatalogFeature.NotifiedSignature, report.Signature, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogFailed(error, _interval);
        }

        try
        {
            await _store.SetStateAsync(LastRun, Time.GetUtcNow().ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogFailed(error, _interval);
        }

        Interlocked.Increment(ref _completedRuns);
    }

    /// <inheritdoc />
    protected override bool IsEnabled => _interval > TimeSpan.Zero;

    /// <inheritdoc />
    protected override TimeSpan FirstDelay => _interval;

    /// <inheritdoc />
    protected override Task RunJobAsync(CancellationToken stoppingToken) => RunOnceAsync(stoppingToken);

    /// <inheritdoc />
    protected override TimeSpan DelayAfterRun(DateTimeOffset now) => _interval;

    /// <inheritdoc />
    protected override void LogRunFailed(Exception error) => LogFailed(error, _interval);

    private async Task TellAdminsAsync(CatalogSyncReport report, CancellationToken cancellationToken)
    {
        var summary = string.Join('\n', report.Diff.ToText().Split('\n').Take(SummaryLines).Select(line => line.TrimEnd()));
        var pending = report.Pending.Select(model => $"• /model {model.ModelId} — {model.ApiModel}");
        foreach (var adminId in _bot.Admins.Distinct())
        {
            var language = (await _users.FindAsync(adminId, cancellationToken).ConfigureAwait(false))?.Language ?? BotLanguage.En;
            var texts = BotTexts.For(language);
            var text = texts.CatalogScheduledNotice(summary);
            if (report.Pending.Count > 0)
            {
                text += "\n\n" + texts.CatalogPendingHeader + "\n" + string.Join('\n', pending);
            }

            try
            {
                foreach (var page in Admin.MessagePages.Split(text))
                {
                    await _chat.SendAsync(adminId, new Screen(page), cancellationToken).ConfigureAwait(false);
                }
            }
            catch (ChatGatewayException error)
            {
                // An admin who never opened the bot (or blocked it) cannot be told; the others still are.
                LogNotTold(error, adminId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The scheduled catalog sync failed; it runs again in {Interval}")]
    private partial void LogFailed(Exception error, TimeSpan interval);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Admin {AdminId} could not be told about catalog changes")]
    private partial void LogNotTold(Exception error, long adminId);
}
