using System.Globalization;
using Kie.Samples.TelegramBot.Analytics;
using Kie.Samples.TelegramBot.Store;
using Kie.Samples.TelegramBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Tests.Analytics;

/// <summary>
/// A harness with one admin and reports cut in Moscow time (UTC+3 all year), and a fixture of orders with known
/// outcomes, timings, credits, ledger captures and releases, ratings, a Stars refund and a feedback message.
/// </summary>
internal static class AnalyticsKit
{
    public const long AdminId = 9000;
    public const string Zone = "Europe/Moscow";
    public const string ImageModel = "nano-banana";
    public const string ImageMode = "text-to-image";
    public const string VideoModel = "veo3";
    public const string VideoMode = "text-to-video";

    /// <summary>The first fixture day (Moscow), 2030-01-01.</summary>
    public static readonly DateOnly Day1 = new(2030, 1, 1);

    /// <summary>The second fixture day (Moscow), 2030-01-02.</summary>
    public static readonly DateOnly Day2 = new(2030, 1, 2);

    public static BotHarness Create(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Bot:Admins:0"] = AdminId.ToString(CultureInfo.InvariantCulture),
            ["Bot:Reports:TimeZone"] = Zone,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return BotHarness.Create(all, configureServices);
    }

    public static DateTimeOffset Utc(int month, int day, int hour, int minute = 0) => new(month == 12 ? 2029 : 2030, month, day, hour, minute, 0, TimeSpan.Zero);

    /// <summary>
    /// Day 1 (Moscow): image 00:30 local (still 31 Dec in UTC) ok 10 s 4 cr 8 ₽, image ok 20 s 4.5 cr 9 ₽, image
    /// task_failed (8 ₽ back), video ok 60 s 30 cr 60 ₽. Day 2: image ok 30 s 4 cr 8 ₽, image timed_out, image
    /// task_failed, image still running. Outside: one at 01:00 local on 3 Jan, one at 23:59 local on 31 Dec.
    /// Ratings: order 1 → 5 with "Great colours", order 2 → 2, the outside order → 1. A Stars refund (50 ⭐, 40 ₽) and a
    /// /feedback message on day 2.
    /// </summary>
    public static async Task InsertFixtureAsync(BotHarness bot)
    {
        await OrderAsync(bot, "FIXTURE001", ImageModel, ImageMode, Utc(12, 31, 21, 30), "captured", 10, "4", 800);
        await OrderAsync(bot, "FIXTURE002", ImageModel, ImageMode, Utc(1, 1, 10), "captured", 20, "4.5", 900);
        await OrderAsync(bot, "FIXTURE003", ImageModel, ImageMode, Utc(1, 1, 11), "released", null, null, 800, "task_failed");
        await OrderAsync(bot, "FIXTURE004", VideoModel, VideoMode, Utc(1, 1, 12), "captured", 60, "30", 6000);
        await OrderAsync(bot, "FIXTURE005", ImageModel, ImageMode, Utc(1, 2, 9), "captured", 30, "4", 800);
        await OrderAsync(bot, "FIXTURE006", ImageModel, ImageMode, Utc(1, 2, 9, 10), "released", null, null, 800, "timed_out");
        await OrderAsync(bot, "FIXTURE007", ImageModel, ImageMode, Utc(1, 2, 9, 20), "released", null, null, 800, "task_failed");
        await OrderAsync(bot, "FIXTURE008", ImageModel, ImageMode, Utc(1, 2, 9, 30), "running", null, null, 800);
        await OrderAsync(bot, "FIXTURE009", ImageModel, ImageMode, Utc(1, 2, 22), "captured", 5, "4", 800);
        await OrderAsync(bot, "FIXTURE010", ImageModel, ImageMode, Utc(12, 31, 20, 59), "captured", 5, "4", 800);
        await ExecuteAsync(bot, "INSERT INTO feedback_ratings (order_id, user_id, rating, comment, rated_at, commented_at) VALUES ('FIXTURE001', 1001, 5, 'Great colours', $at, $at)", ("$at", Utc(1, 1, 13).ToUnixTimeMilliseconds()));
        await ExecuteAsync(bot, "INSERT INTO feedback_ratings (order_id, user_id, rating, rated_at) VALUES ('FIXTURE002', 1001, 2, $at)", ("$at", Utc(1, 1, 14).ToUnixTimeMilliseconds()));
        await ExecuteAsync(bot, "INSERT INTO feedback_ratings (order_id, user_id, rating, rated_at) VALUES ('FIXTURE009', 1001, 1, $at)", ("$at", Utc(1, 2, 23).ToUnixTimeMilliseconds()));
        await ExecuteAsync(bot, "INSERT INTO star_refunds (charge_id, user_id, stars, reversed_minor, unreversed_minor, refunded_at) VALUES ('charge-1', 1001, 50, 4000, 0, $at)", ("$at", Utc(1, 2, 12).ToUnixTimeMilliseconds()));
        await ExecuteAsync(bot, "INSERT INTO feedback_messages (user_id, text, created_at) VALUES (1002, 'Please add more models', $at)", ("$at", Utc(1, 2, 13).ToUnixTimeMilliseconds()));
    }

    /// <summary>One order with its ledger step (capture when it succeeded, release when it failed).</summary>
    public static async Task OrderAsync(BotHarness bot, string id, string model, string mode, DateTimeOffset created, string state, int? seconds, string? credits, long price, string? failure = null)
    {
        var createdMs = created.ToUnixTimeMilliseconds();
        long? completed = seconds is { } s ? createdMs + (s * 1000L) : null;
        await ExecuteAsync(
            bot,
            "INSERT INTO orders (id, user_id, chat_id, draft_id, model_id, mode_id, api_model, input_json, credits, price, currency, state, credits_consumed, failure, created_at, updated_at, completed_at) " +
            "VALUES ($id, 1001, 1001, $id, $model, $mode, $model, '{}', '4', $price, 'RUB', $state, $credits, $failure, $created, $created, $completed)",
            ("$id", id), ("$model", model), ("$mode", mode), ("$price", price), ("$state", state), ("$credits", credits), ("$failure", failure), ("$created", createdMs), ("$completed", completed));
        var step = state switch
        {
            "captured" => "capture",
            "released" => "release",
            _ => null,
        };
        if (step is not null)
        {
            await ExecuteAsync(
                bot,
                "INSERT INTO ledger_transfers (id, kind, from_account, to_account, amount, user_id, reference, created_at) VALUES ($tid, $kind, 'held:1001', $to, $amount, 1001, $id, $at)",
                ("$tid", $"order:{id}:{step}"), ("$kind", step), ("$to", step == "capture" ? "revenue" : "user:1001"), ("$amount", price), ("$id", id), ("$at", completed ?? createdMs));
        }
    }

    public static Task ExecuteAsync(BotHarness bot, string sql, params (string Name, object? Value)[] parameters) =>
        bot.Services.GetRequiredService<BotDatabase>().WriteAsync((connection, transaction) => connection.ExecuteAsync(sql, transaction, parameters));

    public static Task<AnalyticsReport> ReportAsync(BotHarness bot, DateOnly from, DateOnly to) =>
        bot.Services.GetRequiredService<ReportBuilder>().BuildAsync(new ReportPeriod(from, to, TimeZoneInfo.FindSystemTimeZoneById(Zone)));

    /// <summary>Moves the fake clock to an instant (forward only), firing timers on the way.</summary>
    public static void MoveTo(BotHarness bot, DateTimeOffset instant)
    {
        var by = instant - bot.Clock.GetUtcNow();
        if (by > TimeSpan.Zero)
        {
            bot.Clock.Advance(by);
        }
    }
}
