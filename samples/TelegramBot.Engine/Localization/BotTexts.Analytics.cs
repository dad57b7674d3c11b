namespace Kie.Samples.TelegramBot.Localization;

/// <summary>The analytics feature's strings: <c>/stats</c>, the daily report, the low-credit alert and the reconciliation.</summary>
public sealed partial class BotTexts
{
    /// <summary>The title of a report over several days.</summary>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day.</param>
    /// <param name="zone">The time zone id.</param>
    /// <returns>The text.</returns>
    public string StatsTitle(string from, string to, string zone) => T($"📊 Report {from} – {to} ({zone})", $"📊 Отчёт {from} – {to} ({zone})");

    /// <summary>The title of the daily report.</summary>
    /// <param name="day">The day.</param>
    /// <param name="zone">The time zone id.</param>
    /// <returns>The text.</returns>
    public string DailyReportTitle(string day, string zone) => T($"🗓 Daily report for {day} ({zone})", $"🗓 Ежедневный отчёт за {day} ({zone})");

    /// <summary>The generations line.</summary>
    /// <param name="total">Placed.</param>
    /// <param name="succeeded">Succeeded.</param>
    /// <param name="failed">Failed.</param>
    /// <param name="pending">Under way.</param>
    /// <param name="rate">The success rate, or "—".</param>
    /// <returns>The text.</returns>
    public string StatsGenerations(int total, int succeeded, int failed, int pending, string rate) => T(
        $"Generations: {total} — ✅ {succeeded}, ❌ {failed}, ⏳ {pending} (success {rate})",
        $"Генерации: {total} — ✅ {succeeded}, ❌ {failed}, ⏳ {pending} (успешно {rate})");

    /// <summary>The time-to-result line.</summary>
    /// <param name="p50">The median.</param>
    /// <param name="p95">The 95th percentile.</param>
    /// <returns>The text.</returns>
    public string StatsTimes(string p50, string p95) => T($"Time to result: p50 {p50}, p95 {p95}", $"Время до результата: p50 {p50}, p95 {p95}");

    /// <summary>The money line.</summary>
    /// <param name="credits">KIE credits spent.</param>
    /// <param name="revenue">Captured money.</param>
    /// <param name="refunds">Released money.</param>
    /// <returns>The text.</returns>
    public string StatsMoney(string credits, string revenue, string refunds) => T(
        $"KIE credits: {credits} · revenue: {revenue} · refunded for failures: {refunds}",
        $"Кредиты KIE: {credits} · выручка: {revenue} · возвращено за сбои: {refunds}");

    /// <summary>The Stars refunds line.</summary>
    /// <param name="count">Refunded payments.</param>
    /// <param name="stars">Stars given back.</param>
    /// <param name="reversed">Balance taken back.</param>
    /// <returns>The text.</returns>
    public string StatsStarRefunds(int count, long stars, string reversed) => T(
        $"Stars refunds: {count} ({stars} ⭐, {reversed} taken back from balances)",
        $"Возвраты звёзд: {count} ({stars} ⭐, списано с балансов {reversed})");

    /// <summary>The failures line.</summary>
    /// <param name="list">code ×count, …</param>
    /// <returns>The text.</returns>
    public string StatsFailures(string list) => T($"Failures by code: {list}", $"Сбои по кодам: {list}");

    /// <summary>The ratings line.</summary>
    /// <param name="average">The average.</param>
    /// <param name="count">How many.</param>
    /// <param name="messages">Free feedback messages.</param>
    /// <returns>The text.</returns>
    public string StatsRatings(string average, int count, int messages) => T(
        $"Ratings: {average} average of {count} · /feedback messages: {messages}",
        $"Оценки: в среднем {average} из {count} · сообщений /feedback: {messages}");

    /// <summary>The heading of the model list.</summary>
    public string StatsTopModels => T("Top models:", "Лучшие модели:");

    /// <summary>The heading of the comments.</summary>
    public string StatsLatestFeedback => T("💬 Latest feedback:", "💬 Последние отзывы:");

    /// <summary>A period without orders.</summary>
    public string StatsNothing => T("No generations in this period.", "За этот период генераций не было.");

    /// <summary>The chart's caption.</summary>
    public string StatsChartCaption => T("Generations per day: succeeded and failed", "Генерации по дням: успешные и неудачные");

    /// <summary>The chart's legend: succeeded.</summary>
    public string StatsChartSucceeded => T("succeeded", "успешно");

    /// <summary>The chart's legend: failed.</summary>
    public string StatsChartFailed => T("failed", "сбой");

    /// <summary>The CSV button.</summary>
    public string StatsCsvButton => T("⬇️ CSV", "⬇️ CSV");

    /// <summary>The CSV document's caption.</summary>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day.</param>
    /// <returns>The text.</returns>
    public string StatsCsvCaption(string from, string to) => T(
        $"Per day × model × mode, {from} – {to}. Money in minor units.",
        $"По дням × моделям × режимам, {from} – {to}. Деньги в копейках.");

    /// <summary>A bad day count.</summary>
    /// <param name="command">The command.</param>
    /// <param name="max">The most days.</param>
    /// <returns>The text.</returns>
    public string StatsUsage(string command, int max) => T(
        $"Usage: /{command} [days], days from 1 to {max} (default 7).",
        $"Формат: /{command} [дни], от 1 до {max} (по умолчанию 7).");

    /// <summary>The reconciliation line.</summary>
    /// <param name="kie">KIE's drop.</param>
    /// <param name="ours">Our tasks' credits.</param>
    /// <param name="unexplained">The difference.</param>
    /// <param name="topUps">Top-ups seen.</param>
    /// <returns>The text.</returns>
    public string ReconciliationLine(string kie, string ours, string unexplained, string topUps) => T(
        $"KIE credits: balance dropped by {kie}, our tasks used {ours}, unexplained {unexplained} (top-ups {topUps}).",
        $"Кредиты KIE: баланс уменьшился на {kie}, наши задачи потратили {ours}, необъяснённо {unexplained} (пополнения {topUps}).");

    /// <summary>The flag on an unexplained spend.</summary>
    /// <param name="tolerance">The tolerance.</param>
    /// <returns>The text.</returns>
    public string ReconciliationFlag(string tolerance) => T(
        $"⚠️ UNEXPLAINED KIE SPEND above the tolerance of {tolerance} credits: check who else uses the API key.",
        $"⚠️ НЕОБЪЯСНИМЫЙ РАСХОД KIE больше допуска {tolerance} кредитов: проверьте, кто ещё пользуется ключом API.");

    /// <summary>The reconciliation could not be done.</summary>
    public string ReconciliationUnavailable => T(
        "KIE credits: not enough balance readings around this day to reconcile.",
        "Кредиты KIE: недостаточно замеров баланса вокруг этого дня для сверки.");

    /// <summary>The low-credit alert.</summary>
    /// <param name="credits">The balance.</param>
    /// <param name="threshold">The threshold.</param>
    /// <returns>The text.</returns>
    public string LowCreditAlert(string credits, string threshold) => T(
        $"🔋 KIE credits are low: {credits} left (alert threshold {threshold}). Top up the KIE account before generations start failing.",
        $"🔋 Кредиты KIE заканчиваются: осталось {credits} (порог {threshold}). Пополните счёт KIE, пока генерации не начали падать.");
}
