using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.ConsoleUi;

/// <summary>Registers console mode: the console gateway, the input loop and the engine speaking through them.</summary>
internal static class ConsoleRegistration
{
    /// <summary>Adds the console adapter and the engine.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The configuration (section <c>Console</c>, and the engine's sections).</param>
    /// <param name="session">The console user.</param>
    /// <param name="input">Standard input.</param>
    /// <param name="output">Standard output.</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddConsoleAdapter(this IServiceCollection services, IConfiguration configuration, ConsoleSession session, TextReader input, TextWriter output)
    {
        var options = new ConsoleOptions();
        configuration.GetSection(ConsoleOptions.SectionName).Bind(options);
        services.AddSingleton(options);
        services.AddSingleton(session);
        services.AddSingleton(new ConsoleInput(input));
        services.AddSingleton(new ConsoleOutput(output));
        services.AddSingleton<ConsoleKeyboard>();
        services.AddSingleton(_ => new ConsoleFiles(string.IsNullOrWhiteSpace(options.FilesFolder) ? null : options.FilesFolder));
        services.AddSingleton<ConsoleChatGateway>();
        services.AddSingleton<ConsoleCheckout>();
        services.AddBotEngine(configuration, provider => provider.GetRequiredService<ConsoleChatGateway>());
        services.AddHostedService<ConsoleLoop>();
        return services;
    }
}
