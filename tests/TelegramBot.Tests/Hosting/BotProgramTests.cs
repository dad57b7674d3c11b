using Kie.Samples.TelegramBot.Hosting;

namespace Kie.Samples.TelegramBot.Tests.Hosting;

/// <summary>The program's start-up failures: a clear message naming the key on standard error, exit code 2, no host left running.</summary>
public sealed class BotProgramTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kie-bot-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_webhook_without_a_secret_exits_2_naming_the_key_before_printing_a_mode()
    {
        var (code, output, error) = await RunAsync("--Telegram:BotToken=123456:test-token", "--Telegram:WebhookUrl=https://bot.example.com/hook");

        Assert.Equal(2, code);
        Assert.Contains("Telegram:WebhookSecret", error, StringComparison.Ordinal);
        Assert.DoesNotContain("test-token", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public async Task An_invalid_telegram_setting_found_by_the_adapter_exits_2_naming_the_key()
    {
        var (code, output, error) = await RunAsync("--Telegram:BotToken=123456:test-token", "--Telegram:ApiBaseUrl=not a url");

        Assert.Equal(2, code);
        Assert.Contains("Telegram:ApiBaseUrl", error, StringComparison.Ordinal);
        Assert.Contains("Telegram long polling", output, StringComparison.Ordinal);
        Assert.DoesNotContain("test-token", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_pricing_policy_exits_2_naming_the_key()
    {
        var (code, _, error) = await RunAsync("--console", "--Pricing:Markup=0.5");

        Assert.Equal(2, code);
        Assert.Contains("Pricing:Markup", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_start_up_step_that_fails_exits_1_with_one_clear_line_not_a_crash()
    {
        // Nothing listens on the discard port of this machine, so setting the webhook fails at once.
        var (code, output, error) = await RunAsync(
            "--Telegram:BotToken=123456:test-token",
            "--Telegram:ApiBaseUrl=http://127.0.0.1:9",
            "--Telegram:WebhookUrl=https://bot.example.com/hook",
            "--Telegram:WebhookSecret=hook_secret",
            "--Urls=http://127.0.0.1:0",
            "--Logging:LogLevel:Default=None");

        Assert.Equal(1, code);
        Assert.Contains("Telegram webhook at https://bot.example.com/hook", output, StringComparison.Ordinal);
        Assert.StartsWith("The bot stopped: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("test-token", output + error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await BotProgram.RunAsync([$"--Bot:Database={Path.Combine(_folder, "bot.db")}", "--Kie:ApiKey=", "--Kie:CallbackUrl=", .. args], new StringReader(string.Empty), output, error);
        return (code, output.ToString(), error.ToString());
    }
}
