using System.Text.Json;
using Kie.Samples.TelegramBot.Hosting;
using Kie.Sdk.Pricing;
using Microsoft.Extensions.Configuration;

namespace Kie.Samples.TelegramBot.Tests.Hosting;

[Collection(ProcessEnvironmentCollection.Name)]
public sealed class BotConfigurationTests
{
    [Fact]
    public void Environment_variables_with_double_underscores_bind_bot_admins()
    {
        using var admins = new EnvironmentVariable("Bot__Admins__0", "4242");
        using var second = new EnvironmentVariable("Bot__Admins__1", "77");

        var options = Bind(BotConfiguration.Build([]));

        Assert.Equal([4242L, 77L], options.Admins);
        Assert.True(options.IsAdmin(4242));
        Assert.False(options.IsAdmin(1));
    }

    [Fact]
    public void The_command_line_wins_over_environment_variables()
    {
        using var database = new EnvironmentVariable("Bot__Database", "/from/env.db");

        Assert.Equal("/from/env.db", BotConfiguration.Build([])["Bot:Database"]);
        Assert.Equal("/from/args.db", BotConfiguration.Build(["--Bot:Database=/from/args.db"])["Bot:Database"]);
    }

    [Fact]
    public void A_kie_api_key_from_the_environment_turns_demo_mode_off()
    {
        using var key = new EnvironmentVariable("Kie__ApiKey", "kie-env-key");

        Assert.False(BotModeSelector.Select(BotConfiguration.Build([]), consoleRequested: false).DemoMode);
        Assert.True(BotModeSelector.Select(BotConfiguration.Build(["--Kie:ApiKey="]), consoleRequested: false).DemoMode);
    }

    [Fact]
    public void The_shipped_appsettings_hold_a_working_rub_pricing_policy_and_no_secrets()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "appsettings.json");
        var configuration = new ConfigurationBuilder().AddJsonFile(path).Build();

        var policy = PricingPolicy.FromConfiguration(configuration);
        Assert.Equal("RUB", policy.Currency);
        Assert.Empty(policy.Validate());
        Assert.Equal("data/bot.db", configuration["Bot:Database"]);
        foreach (var secret in new[] { "Telegram:BotToken", "Telegram:WebhookSecret", "Kie:ApiKey", "Kie:CallbackSecret" })
        {
            Assert.True(configuration.AsEnumerable().Any(pair => pair.Key == secret), $"{secret} should be listed as an empty placeholder.");
            Assert.True(string.IsNullOrEmpty(configuration[secret]), $"{secret} must be empty in appsettings.json.");
        }

        // With nothing else set, the shipped file starts the console in demo mode.
        Assert.Equal(UpdateSource.Console, BotModeSelector.Select(configuration, consoleRequested: false).Source);
        Assert.True(BotModeSelector.Select(configuration, consoleRequested: false).DemoMode);
        Assert.NotNull(JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip }));
    }

    private static BotOptions Bind(IConfiguration configuration)
    {
        var options = new BotOptions();
        configuration.GetSection(BotOptions.SectionName).Bind(options);
        return options;
    }

    /// <summary>Sets a process environment variable for one test and restores the old value.</summary>
    private sealed class EnvironmentVariable : IDisposable
    {
        private readonly string _name;
        private readonly string? _previous;

        public EnvironmentVariable(string name, string value)
        {
            _name = name;
            _previous = Environment.GetEnvironmentVariable(name);
            Environment.SetEnvironmentVariable(name, value);
        }

        public void Dispose() => Environment.SetEnvironmentVariable(_name, _previous);
    }
}
