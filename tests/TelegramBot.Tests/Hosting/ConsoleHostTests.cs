using Kie.Samples.TelegramBot.ConsoleUi;
using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Hosting;
using Kie.Samples.TelegramBot.Orders;
using Kie.Sdk;
using Kie.Sdk.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kie.Samples.TelegramBot.Tests.Hosting;

/// <summary>The console-mode host as the program builds it (not started): demo detection and the hidden fast-simulator switch.</summary>
public sealed class ConsoleHostTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kie-bot-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public void Without_a_kie_key_the_console_host_runs_the_simulator_and_banners_every_screen()
    {
        using var host = Build("--Kie:ApiKey=");

        Assert.True(host.Services.GetRequiredService<BotOptions>().DemoMode);
        var simulator = host.Services.GetRequiredService<KieSimulator>();
        Assert.Equal(KieSimulatorTimings.Image, simulator.Options.ImageTimings);
        Assert.IsType<DemoBannerGateway>(host.Services.GetRequiredService<IChatGateway>());
        Assert.Contains(host.Services.GetServices<IHostedService>(), service => service is ConsoleLoop);
    }

    [Fact]
    public void The_fast_simulator_switch_makes_demo_tasks_finish_at_once()
    {
        using var host = Build("--Kie:ApiKey=", "--Demo:FastSimulator=true");

        var options = host.Services.GetRequiredService<KieSimulator>().Options;
        Assert.Equal(KieSimulatorTimings.Instant, options.ImageTimings);
        Assert.Equal(KieSimulatorTimings.Instant, options.VideoTimings);
        Assert.Equal(KieSimulatorTimings.Instant, options.AudioTimings);
    }

    [Fact]
    public void With_a_kie_key_the_console_host_talks_to_kie_and_shows_no_banner()
    {
        using var host = Build("--Kie:ApiKey=kie-test-key", "--Demo:FastSimulator=true");

        Assert.False(host.Services.GetRequiredService<BotOptions>().DemoMode);
        Assert.Null(host.Services.GetService<KieSimulator>());
        Assert.IsType<ConsoleChatGateway>(host.Services.GetRequiredService<IChatGateway>());
        Assert.IsType<KieClient>(host.Services.GetRequiredService<IKieClient>());
    }

    [Fact]
    public void Console_mode_creates_tasks_without_a_callback_url_even_when_one_is_configured()
    {
        using var host = Build("--Kie:ApiKey=", "--Kie:CallbackUrl=https://bot.example.com/kie/callback");

        Assert.False(host.Services.GetRequiredService<KieCallbackSettings>().Enabled);
    }

    [Fact]
    public void Console_mode_offers_simulated_top_ups_in_demo_mode_unless_configured_otherwise()
    {
        using (var host = Build("--Kie:ApiKey="))
        {
            Assert.Equal("true", host.Services.GetRequiredService<IConfiguration>()["Stars:AllowInDemoMode"]);
        }

        using var configured = Build("--Kie:ApiKey=", "--Stars:AllowInDemoMode=false");
        Assert.Equal("false", configured.Services.GetRequiredService<IConfiguration>()["Stars:AllowInDemoMode"]);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private IHost Build(params string[] args)
    {
        var arguments = BotArguments.Parse(["--console", "--lang", "en", $"--Bot:Database={Path.Combine(_folder, "bot.db")}", .. args]);
        return ConsoleHost.Build(arguments, new StringReader(string.Empty), new StringWriter());
    }
}
