using Kie.Samples.TelegramBot.Orders;

namespace Kie.Samples.TelegramBot.Localization;

// The orders' strings: the progress message, the delivered result, and the plain-words failure notice that says the
// money is back. Every message about an order names its id, so the user can quote it to support.
public sealed partial class BotTexts
{
    /// <summary>The first line of the progress message.</summary>
    /// <param name="orderId">The order id.</param>
    /// <param name="model">The model's display name.</param>
    /// <returns>The text.</returns>
    public string ProgressTitle(string orderId, string model) => T($"⏳ Order {orderId} · {model}", $"⏳ Заказ {orderId} · {model}");

    /// <summary>Progress: the task is being sent to KIE.</summary>
    public string ProgressStarting => T("Sending it to the generator…", "Отправляю в генератор…");

    /// <summary>Progress: KIE accepted the task and will start it soon.</summary>
    public string ProgressWaiting => T("Accepted, about to start…", "Принято, скоро начнётся…");

    /// <summary>Progress: the task waits in the provider's queue.</summary>
    public string ProgressQueuing => T("In the queue…", "В очереди…");

    /// <summary>Progress: the task is running.</summary>
    public string ProgressGenerating => T("Generating…", "Генерируется…");

    /// <summary>Progress: a state KIE reported that the bot does not know.</summary>
    /// <param name="state">KIE's state text.</param>
    /// <returns>The text.</returns>
    public string ProgressOtherState(string state) => T($"Status: {state}…", $"Статус: {state}…");

    /// <summary>Progress: the bot restarted and is waiting for the same task again.</summary>
    public string ProgressResumed => T("Still working on it (the bot restarted in between)…", "Всё ещё в работе (бот перезапускался)…");

    /// <summary>Progress, finally: the result is ready.</summary>
    /// <param name="orderId">The order id.</param>
    /// <param name="model">The model's display name.</param>
    /// <returns>The text.</returns>
    public string ProgressReady(string orderId, string model) =>
        T($"✅ Order {orderId} · {model}\nReady — sending the result.", $"✅ Заказ {orderId} · {model}\nГотово — отправляю результат.");

    /// <summary>Progress, finally: the order failed (the notice below says why).</summary>
    /// <param name="orderId">The order id.</param>
    /// <param name="model">The model's display name.</param>
    /// <returns>The text.</returns>
    public string ProgressFailed(string orderId, string model) =>
        T($"❌ Order {orderId} · {model}\nIt did not work out — see the message below.", $"❌ Заказ {orderId} · {model}\nНе получилось — подробности ниже.");

    /// <summary>The caption of a result's first file.</summary>
    /// <param name="orderId">The order id.</param>
    /// <param name="model">The model's display name.</param>
    /// <returns>The text.</returns>
    public string ResultCaption(string orderId, string model) => T($"Order {orderId} · {model}", $"Заказ {orderId} · {model}");

    /// <summary>The message after the result files.</summary>
    /// <param name="orderId">The order id.</param>
    /// <param name="price">The price, formatted.</param>
    /// <param name="hasOriginals">Whether "original" buttons follow (photos are compressed in the chat).</param>
    /// <returns>The text.</returns>
    public string ResultDelivered(string orderId, string price, bool hasOriginals) => hasOriginals
        ? T($"✅ Order {orderId} is done. Price: {price}.\nPhotos are compressed in the chat; the buttons below send the original files.", $"✅ Заказ {orderId} выполнен. Стоимость: {price}.\nВ чате фото сжимаются; кнопки ниже пришлют оригиналы файлов.")
        : T($"✅ Order {orderId} is done. Price: {price}.", $"✅ Заказ {orderId} выполнен. Стоимость: {price}.");

    /// <summary>Button: send the original of the only picture.</summary>
    public string ButtonOriginal => T("⬇️ Original file", "⬇️ Оригинал файла");

    /// <summary>Button: send the original of picture number <paramref name="number"/>.</summary>
    /// <param name="number">1-based.</param>
    /// <returns>The label.</returns>
    public string ButtonOriginalNumber(int number) => T($"⬇️ Original {number}", $"⬇️ Оригинал {number}");

    /// <summary>The text before the links of a result too large for the chat (the links follow, one per line).</summary>
    /// <param name="orderId">The order id.</param>
    /// <returns>The text.</returns>
    public string ResultAsLinks(string orderId) =>
        T($"📎 Order {orderId}: the file is too large to send here. Download it (the link stops working after a while):", $"📎 Заказ {orderId}: файл слишком большой, чтобы прислать его сюда. Скачайте по ссылке (она перестанет работать через некоторое время):");

    /// <summary>Answer to "original": it is on its way.</summary>
    public string OriginalSending => T("Sending the original file…", "Отправляю оригинал файла…");

    /// <summary>Answer to "original" for an order or file that is not there (any more).</summary>
    public string OriginalUnavailable => T("This file is not available.", "Этот файл недоступен.");

    /// <summary>Answer to a button about an order that does not exist or is someone else's.</summary>
    public string OrderNotFound => T("This order was not found.", "Заказ не найден.");

    /// <summary>Answer to Retry when the menus cannot open the order again.</summary>
    public string RetryUnavailable => T("This order cannot be repeated right now.", "Этот заказ сейчас нельзя повторить.");

    /// <summary>Button under a failure notice: open the same settings with a fresh price.</summary>
    public string ButtonRetryOrder => T("🔁 Try again", "🔁 Попробовать снова");

    /// <summary>The notice of a released order: what happened, that the money is back, and the order id for support.</summary>
    /// <param name="orderId">The order id.</param>
    /// <param name="price">The returned price, formatted; null when the order was free.</param>
    /// <param name="failure">Why it failed.</param>
    /// <returns>The text.</returns>
    public string OrderReleased(string orderId, string? price, OrderFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var reason = FailureReason(failure);
        var money = price is null
            ? T("Nothing was charged.", "Ничего не списано.")
            : T($"💰 {price} is back on your balance — you paid nothing for this order.", $"💰 {price} вернулись на ваш баланс — за этот заказ вы ничего не заплатили.");
        return T(
            $"❌ Order {orderId} did not work out: {reason}.\n{money}\nIf you write to support, quote the order id {orderId}.",
            $"❌ Заказ {orderId} не выполнен: {reason}.\n{money}\nЕсли будете писать в поддержку, укажите номер заказа {orderId}.");
    }

    /// <summary>Why an order failed, in plain words (KIE's own words quoted where they help).</summary>
    /// <param name="failure">The failure.</param>
    /// <returns>A clause that completes "did not work out: …".</returns>
    public string FailureReason(OrderFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var said = failure.ShortDetail is { } detail ? T($" (it said: “{detail}”)", $" (ответ: «{detail}»)") : string.Empty;
        return failure.Kind switch
        {
            OrderFailureKind.TaskFailed => T("the generator could not make it", "генератор не смог его выполнить") + said,
            OrderFailureKind.Rejected => T("the generator refused the request", "генератор отклонил запрос") + said,
            OrderFailureKind.TimedOut => T("it took much longer than it should, so we stopped waiting", "он выполнялся намного дольше положенного, и мы перестали ждать"),
            OrderFailureKind.ServiceUnavailable => T("the generation service is not available right now", "сервис генерации сейчас недоступен"),
            OrderFailureKind.SubmissionUnknown => T("the connection to the generator broke while we were sending it", "связь с генератором прервалась во время отправки"),
            OrderFailureKind.TaskLost => T("the generator lost track of it", "генератор потерял задание"),
            OrderFailureKind.InterruptedBeforeTask => T("the bot restarted while sending it to the generator", "бот перезапустился во время отправки в генератор"),
            OrderFailureKind.Undeliverable => T("we could not deliver the result to this chat", "не удалось доставить результат в этот чат"),
            OrderFailureKind.Blocked => T("the bot was blocked in this chat", "бот заблокирован в этом чате"),
            _ => T("something broke on our side", "что-то сломалось на нашей стороне"),
        };
    }
}
