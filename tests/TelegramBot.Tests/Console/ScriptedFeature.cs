using System.Collections.Concurrent;
using Kie.Samples.TelegramBot.Conversation;

namespace Kie.Samples.TelegramBot.Tests.ConsoleMode;

/// <summary>
/// A stand-in for the bot's features in console-adapter tests: a tiny fixed conversation (main menu → balance → top-up
/// invoice; files and texts echoed) that records every event it gets, so the tests see exactly what the console sent.
/// </summary>
internal sealed class ScriptedFeature : IBotFeature
{
    /// <summary>An invoice payload the feature refuses at checkout.</summary>
    public const string RefusedPayload = "refuse-me";

    /// <summary>Every event, in order.</summary>
    public ConcurrentQueue<BotEvent> Events { get; } = new();

    /// <summary>The payload of the next invoice.</summary>
    public string InvoicePayload { get; set; } = "inv-1";

    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(BotContext context, CancellationToken cancellationToken)
    {
        Events.Enqueue(context.Event);
        switch (context.Event)
        {
            case TextReceived { Text: "/start" }:
                await context.ReplyAsync(new Screen("Main menu", [[ScreenButton.Callback("Generate", CallbackData.Generate), ScreenButton.Callback("Balance", CallbackData.Balance)]]), cancellationToken);
                break;
            case TextReceived text:
                await context.ReplyAsync(new Screen("You said: " + text.Text), cancellationToken);
                break;
            case ButtonPressed { Data: CallbackData.Balance }:
                await context.ShowAsync(new Screen("Balance: 5 ₽", [[ScreenButton.Callback("Top up", CallbackData.TopUp)], [ScreenButton.Callback("Back", CallbackData.MainMenu)]]), cancellationToken);
                break;
            case ButtonPressed { Data: CallbackData.TopUp }:
                await context.AnswerAsync("Invoice below", cancellationToken);
                await context.Chat.SendInvoiceAsync(context.ChatId, new InvoiceScreen("Top up", "100 ₽ for 50 stars", InvoicePayload, 50, "topup"), cancellationToken);
                break;
            case ButtonPressed:
                await context.ShowAsync(new Screen("Pressed " + context.ButtonData), cancellationToken);
                break;
            case PreCheckoutRequested checkout:
                await context.Chat.AnswerPreCheckoutAsync(checkout.QueryId, checkout.Payload == RefusedPayload ? "This invoice has expired" : null, cancellationToken);
                break;
            case PaymentReceived payment:
                await context.ReplyAsync(new Screen($"Paid {payment.TotalAmount} stars"), cancellationToken);
                break;
            case FileReceived file:
                await using (var content = await context.Chat.OpenUserFileAsync(file.FileId, cancellationToken))
                using (var reader = new StreamReader(content))
                {
                    await context.ReplyAsync(new Screen($"Got {file.Kind} {file.FileName}: {await reader.ReadToEndAsync(cancellationToken)}"), cancellationToken);
                }

                break;
        }

        return true;
    }
}
