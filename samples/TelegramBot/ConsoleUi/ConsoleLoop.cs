using System.Globalization;
using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Orders;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Kie.Samples.TelegramBot.ConsoleUi;

/// <summary>
/// Console mode's update source: sends <c>/start</c>, then turns each typed line into an event for the engine (one at
/// a time, so the console chat keeps its order), and at the end of input gives background work a short grace period
/// and stops the program.
/// </summary>
internal sealed partial class ConsoleLoop : BackgroundService
{
    private static readonly FileExtensionContentTypeProvider MediaTypes = new();
    private static readonly TimeSpan GraceCheckInterval = TimeSpan.FromMilliseconds(100);
    private readonly BotEngine _engine;
    private readonly ConsoleInput _input;
    private readonly ConsoleOutput _output;
    private readonly ConsoleKeyboard _keyboard;
    private readonly ConsoleCheckout _checkout;
    private readonly ConsoleSession _session;
    private readonly ConsoleOptions _options;
    private readonly OrderStore _orders;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly TimeProvider _time;
    private readonly ILogger<ConsoleLoop> _logger;
    private int _callbacks;

    /// <summary>Creates the loop.</summary>
    /// <param name="engine">The engine.</param>
    /// <param name="input">Standard input.</param>
    /// <param name="output">The console's screen.</param>
    /// <param name="keyboard">The buttons on screen.</param>
    /// <param name="checkout">Plays Telegram's part of a payment.</param>
    /// <param name="session">The console user.</param>
    /// <param name="options">Console settings.</param>
    /// <param name="orders">The orders, to see whether any is still running at the end of input.</param>
    /// <param name="lifetime">Stops the program at the end of input.</param>
    /// <param name="time">The clock for the grace period.</param>
    /// <param name="logger">The logger.</param>
    public ConsoleLoop(
        BotEngine engine,
        ConsoleInput input,
        ConsoleOutput output,
        ConsoleKeyboard keyboard,
        ConsoleCheckout checkout,
        ConsoleSession session,
        ConsoleOptions options,
        OrderStore orders,
        IHostApplicationLifetime lifetime,
        TimeProvider time,
        ILogger<ConsoleLoop> logger)
    {
        _engine = engine;
        _input = input;
        _output = output;
        _keyboard = keyboard;
        _checkout = checkout;
        _session = session;
        _options = options;
        _orders = orders;
        _lifetime = lifetime;
        _time = time;
        _logger = logger;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the other hosted services (order worker, outbox) start before the first update is handled.
        await Task.Yield();
        _output.Write(ConsoleCommandParser.Help);
        await RunAsync(new ConsoleCommand.Text("/start"), stoppingToken).ConfigureAwait(false);
        while (await _input.ReadLineAsync(stoppingToken).ConfigureAwait(false) is { } line)
        {
            // Parse before the turn begins, so the number refers to the buttons the user was looking at.
            var command = ConsoleCommandParser.Parse(line, _keyboard, File.Exists);
            _keyboard.BeginTurn();
            await RunAsync(command, stoppingToken).ConfigureAwait(false);
        }

        _output.Write(ConsoleRenderer.Notice("End of input: finishing background work, then stopping."));
        try
        {
            await GraceAsync(stoppingToken).ConfigureAwait(false);
        }
        finally
        {
            _lifetime.StopApplication();
        }
    }

    /// <summary>
    /// Gives running orders up to <see cref="ConsoleOptions.ExitGrace"/> to finish (they are delivered and charged, or
    /// refunded); stops waiting as soon as none is open. What is still running then resumes at the next start.
    /// </summary>
    private async Task GraceAsync(CancellationToken cancellationToken)
    {
        var deadline = _time.GetUtcNow() + _options.ExitGrace;
        while ((await _orders.ListOpenAsync(cancellationToken).ConfigureAwait(false)).Count > 0)
        {
            var left = deadline - _time.GetUtcNow();
            if (left <= TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(left < GraceCheckInterval ? left : GraceCheckInterval, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task RunAsync(ConsoleCommand command, CancellationToken cancellationToken)
    {
        try
        {
            switch (command)
            {
                case ConsoleCommand.Text text:
                    await _engine.HandleAsync(new TextReceived { ChatId = ConsoleSession.ChatId, User = _session.User, Text = text.Content }, cancellationToken).ConfigureAwait(false);
                    break;
                case ConsoleCommand.Press { Button.Invoice: { } invoice } press:
                    await _checkout.PayAsync(press.Button.Message, invoice, cancellationToken).ConfigureAwait(false);
                    break;
                case ConsoleCommand.Press { Button.Button: { Data: null, Url: { } url } }:
                    _output.Write(ConsoleRenderer.Notice($"Opens {url}"));
                    break;
                case ConsoleCommand.Press { Button.Button.Data: { } data } press:
                    await _engine.HandleAsync(
                        new ButtonPressed
                        {
                            ChatId = ConsoleSession.ChatId,
                            User = _session.User,
                            CallbackId = string.Create(CultureInfo.InvariantCulture, $"console-{Interlocked.Increment(ref _callbacks)}"),
                            Data = data,
                            Message = press.Button.Message,
                        },
                        cancellationToken).ConfigureAwait(false);
                    break;
                case ConsoleCommand.SendFile file:
                    await _engine.HandleAsync(FileEvent(file.Path), cancellationToken).ConfigureAwait(false);
                    break;
                case ConsoleCommand.Problem problem:
                    _output.Write(ConsoleRenderer.Notice(problem.Message));
                    break;
            }
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The engine apologises for its own failures; this is the console's own (an unreadable file, say).
            LogCommandFailed(error, command.GetType().Name);
            _output.Write(ConsoleRenderer.Notice("That did not work: " + error.Message));
        }
    }

    private FileReceived FileEvent(string path)
    {
        var info = new FileInfo(path);
        var mediaType = MediaTypes.TryGetContentType(path, out var type) ? type : null;
        return new FileReceived
        {
            ChatId = ConsoleSession.ChatId,
            User = _session.User,
            Kind = KindOf(mediaType),
            FileId = info.FullName,
            FileName = info.Name,
            MediaType = mediaType,
            Size = info.Length,
        };
    }

    private static SentFileKind KindOf(string? mediaType) => mediaType switch
    {
        not null when mediaType.StartsWith("image/", StringComparison.Ordinal) => SentFileKind.Photo,
        not null when mediaType.StartsWith("video/", StringComparison.Ordinal) => SentFileKind.Video,
        not null when mediaType.StartsWith("audio/", StringComparison.Ordinal) => SentFileKind.Audio,
        _ => SentFileKind.Document,
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "Console command {Command} failed")]
    private partial void LogCommandFailed(Exception error, string command);
}
