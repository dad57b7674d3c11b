using System.Collections.Concurrent;
using Kie.Samples.TelegramBot.Conversation;

namespace Kie.Samples.TelegramBot.Tests.Telegram;

/// <summary>
/// A feature placed before the bot's own that claims texts starting with "gate:" and pre-checkout queries: it records
/// when each starts and finishes and holds a text until the test opens its gate, to observe the dispatcher's ordering
/// from the outside. Texts reply "done:&lt;text&gt;"; pre-checkout queries are accepted at once.
/// </summary>
internal sealed class GatedFeature : IBotFeature
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _gates = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _reached = new(StringComparer.Ordinal);

    /// <summary>"start:x" and "end:x" in the order they happened.</summary>
    public ConcurrentQueue<string> Journal { get; } = new();

    /// <summary>Makes the text <paramref name="text"/> wait until <see cref="Open"/> is called for it.</summary>
    /// <param name="text">The full text (with the "gate:" prefix).</param>
    public void Close(string text) => _gates[text] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Lets a held text finish.</summary>
    /// <param name="text">The text.</param>
    public void Open(string text) => _gates[text].TrySetResult();

    /// <summary>Whether the journal has <paramref name="entry"/>.</summary>
    /// <param name="entry">For example <c>start:gate:a1</c>.</param>
    /// <returns>True when present.</returns>
    public bool Saw(string entry) => Journal.Contains(entry);

    /// <summary>Completes when <paramref name="entry"/> is journaled; fails the test after 15 s of real time.</summary>
    /// <param name="entry">For example <c>end:gate:a1</c>.</param>
    /// <returns>A task that completes when reached.</returns>
    public Task Reached(string entry) => Signal(entry).Task.WaitAsync(TimeSpan.FromSeconds(15));

    private TaskCompletionSource Signal(string entry) =>
        _reached.GetOrAdd(entry, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    private void Record(string entry)
    {
        Journal.Enqueue(entry);
        Signal(entry).TrySetResult();
    }

    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(BotContext context, CancellationToken cancellationToken)
    {
        switch (context.Event)
        {
            case TextReceived { Text: var text } when text.StartsWith("gate:", StringComparison.Ordinal):
                Record("start:" + text);
                if (_gates.TryGetValue(text, out var gate))
                {
                    await gate.Task.WaitAsync(cancellationToken);
                }

                await context.ReplyAsync(new Screen("done:" + text), cancellationToken);
                Record("end:" + text);
                return true;
            case PreCheckoutRequested checkout:
                Record("precheckout:" + checkout.Payload);
                await context.Chat.AnswerPreCheckoutAsync(checkout.QueryId, null, cancellationToken);
                return true;
            default:
                return false;
        }
    }
}
