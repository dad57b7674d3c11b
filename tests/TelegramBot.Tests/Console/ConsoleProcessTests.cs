namespace Kie.Samples.TelegramBot.Tests.ConsoleMode;

/// <summary>
/// The real program in console mode, as a process: what a person sees when they run
/// <c>dotnet run --project samples/TelegramBot</c> with no keys, driven through standard input.
/// </summary>
public sealed class ConsoleProcessTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kie-bot-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Without_keys_it_starts_in_console_demo_mode_and_the_end_of_input_exits_zero()
    {
        await using var bot = Start();

        var start = await bot.WaitForAsync("Type a button's number");

        Assert.StartsWith("Kie.Sdk sample bot: console mode", start, StringComparison.Ordinal);
        Assert.Contains("KIE: DEMO MODE", start, StringComparison.Ordinal);
        Assert.Equal(0, await bot.EndInputAndWaitAsync());
        Assert.Contains("End of input", bot.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_folder, "bot.db")), "The database should be where Bot:Database says.");
    }

    [Fact]
    public async Task Numbers_navigate_the_menus_and_typed_text_fills_in_the_prompt_up_to_the_price()
    {
        await using var bot = Start();

        var menu = await bot.WaitForButtonAsync("Generate");
        Assert.Contains("── #1 ──", menu, StringComparison.Ordinal);
        Assert.Contains("🧪 DEMO MODE — offline simulator, nothing real is spent.", menu, StringComparison.Ordinal);
        Assert.Matches(@"\[1\] \S* ?Generate", menu);

        await bot.PressAsync("Generate");
        Assert.Contains("── (edited #1) ──", await bot.WaitForButtonAsync("Images"), StringComparison.Ordinal);
        await bot.PressAsync("Images");
        await bot.WaitForButtonAsync("Nano Banana");
        await bot.PressAsync("Nano Banana");
        await bot.WaitForButtonAsync("Text to image");
        await bot.PressAsync("Text to image");
        Assert.Contains("DEMO MODE", await bot.WaitForButtonAsync("Cancel"), StringComparison.Ordinal);

        await bot.SendAsync("a red bicycle in the snow");
        var overview = await bot.WaitForButtonAsync("Price and confirm");
        Assert.Contains("a red bicycle in the snow", overview, StringComparison.Ordinal);
        Assert.Contains("── #2 ──", overview, StringComparison.Ordinal);

        await bot.PressAsync("Price and confirm");
        var summary = await bot.WaitForButtonAsync("Confirm");
        Assert.Contains("₽", summary, StringComparison.Ordinal);
        Assert.Contains("(edited #2)", summary, StringComparison.Ordinal);

        Assert.Equal(0, await bot.EndInputAndWaitAsync());
    }

    [Fact]
    public async Task A_confirmed_generation_is_delivered_and_its_original_file_is_saved_locally()
    {
        await using var bot = Start();
        await bot.WaitForButtonAsync("Generate");
        await bot.PressAsync("Generate");
        await bot.WaitForButtonAsync("Images");
        await bot.PressAsync("Images");
        await bot.WaitForButtonAsync("Nano Banana");
        await bot.PressAsync("Nano Banana");
        await bot.WaitForButtonAsync("Text to image");
        await bot.PressAsync("Text to image");
        await bot.WaitForButtonAsync("Cancel");
        await bot.SendAsync("a lighthouse at dawn");
        await bot.WaitForButtonAsync("Price and confirm");
        await bot.PressAsync("Price and confirm");
        await bot.WaitForButtonAsync("Confirm");

        await bot.PressAsync("Confirm");
        // The fast simulator finishes at once; the photo and the "original file" offer follow from background work.
        var delivered = await bot.WaitForButtonAsync("Original");
        Assert.Matches(@"\[photo\] https?://\S+\.png", delivered);

        await bot.PressAsync("Original");
        var document = await bot.WaitForAsync("[document] ");
        var path = System.Text.RegularExpressions.Regex.Match(document, @"\[document\] (?<path>.+)").Groups["path"].Value.Trim();
        Assert.StartsWith(Path.Combine(_folder, "files"), path, StringComparison.Ordinal);
        Assert.True(File.Exists(path), $"The original should be saved at {path}.");
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes.Take(4));

        Assert.Equal(0, await bot.EndInputAndWaitAsync());
    }

    [Fact]
    public async Task Pay_demo_tops_up_the_balance_through_the_real_payments_feature()
    {
        await using var bot = Start();
        await bot.WaitForButtonAsync("Balance");
        await bot.PressAsync("Balance");
        await bot.WaitForButtonAsync("⭐ 50 →");

        await bot.PressAsync("⭐ 50 →");
        var invoice = await bot.WaitForButtonAsync("Pay (demo)");
        Assert.Contains("[invoice] ", invoice, StringComparison.Ordinal);
        await bot.PressAsync("Pay (demo)");

        var paid = await bot.WaitForButtonAsync("Main menu");
        Assert.Matches(@"\(demo\) Paid 50 ⭐, charge id console-[0-9a-f]{32}\.", paid);
        // The demo starting balance (500 ₽) plus 50 Stars at the shipped 1 ₽ per Star.
        Assert.Contains("550 ₽", paid, StringComparison.Ordinal);
        Assert.Equal(0, await bot.EndInputAndWaitAsync());
    }

    [Fact]
    public async Task An_environment_variable_makes_the_console_user_an_admin()
    {
        await using (var admin = BotProcess.Start(new Dictionary<string, string> { ["Bot__Admins__0"] = "1" }, Arguments()))
        {
            await admin.WaitForButtonAsync("Generate");
            await admin.SendAsync("/admin");
            Assert.Contains("/credit", await admin.WaitForAsync("/credit"), StringComparison.Ordinal);
            Assert.Equal(0, await admin.EndInputAndWaitAsync());
        }

        await using var user = BotProcess.Start(Arguments());
        await user.WaitForButtonAsync("Generate");
        await user.SendAsync("/admin");
        await user.WaitForAsync("── #2 ──");
        Assert.Equal(0, await user.EndInputAndWaitAsync());
        Assert.DoesNotContain("/credit", user.OutputSinceInput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lang_ru_speaks_russian()
    {
        await using var bot = BotProcess.Start($"--Bot:Database={Path.Combine(_folder, "bot.db")}", "--lang", "ru", "--Console:ExitGrace=00:00:00.200");

        var menu = await bot.WaitForButtonAsync("");

        Assert.Contains("ДЕМО-РЕЖИМ", menu, StringComparison.Ordinal);
        Assert.Equal(0, await bot.EndInputAndWaitAsync());
    }

    [Fact]
    public async Task A_contradictory_configuration_exits_with_a_clear_error_naming_the_key()
    {
        await using var bot = BotProcess.Start($"--Bot:Database={Path.Combine(_folder, "bot.db")}", "--Telegram:WebhookUrl=https://bot.example.com/telegram");

        Assert.Equal(2, await bot.WaitForExitAsync());
        Assert.Contains("Cannot start the bot", bot.Errors, StringComparison.Ordinal);
        Assert.Contains("Telegram:BotToken", bot.Errors, StringComparison.Ordinal);
        Assert.Equal(string.Empty, bot.Output);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private BotProcess Start(params string[] extra) => BotProcess.Start(Arguments(extra));

    private string[] Arguments(params string[] extra) =>
        [$"--Bot:Database={Path.Combine(_folder, "bot.db")}", "--lang", "en", "--Demo:FastSimulator=true", "--Console:ExitGrace=00:00:00.200", $"--Console:FilesFolder={Path.Combine(_folder, "files")}", .. extra];
}
