using Kie.Samples.TelegramBot.Hosting;
using Microsoft.Extensions.Configuration;

namespace Kie.Samples.TelegramBot.Tests.Hosting;

public sealed class BotArgumentsTests
{
    [Fact]
    public void The_programs_own_switches_are_taken_out_and_the_rest_goes_to_configuration()
    {
        var arguments = BotArguments.Parse(["--console", "--Bot:Database=/tmp/x.db", "--lang", "ru", "Kie:BaseUrl=https://kie.example"]);

        Assert.True(arguments.Console);
        Assert.Equal("ru", arguments.Language);
        Assert.Equal(["--Bot:Database=/tmp/x.db", "Kie:BaseUrl=https://kie.example"], arguments.ConfigurationArgs);
        var configuration = new ConfigurationBuilder().AddCommandLine(arguments.ConfigurationArgs.ToArray()).Build();
        Assert.Equal("/tmp/x.db", configuration["Bot:Database"]);
        Assert.Null(configuration["console"]);
    }

    [Fact]
    public void Lang_also_takes_the_equals_form_and_nothing_means_neither_switch()
    {
        Assert.Equal("en", BotArguments.Parse(["--lang=en"]).Language);
        var none = BotArguments.Parse(["--Bot:Database", "x.db"]);
        Assert.False(none.Console);
        Assert.Null(none.Language);
        Assert.Equal(["--Bot:Database", "x.db"], none.ConfigurationArgs);
    }

    [Fact]
    public void Lang_without_a_value_is_a_configuration_error()
    {
        var error = Assert.Throws<BotConfigurationException>(() => BotArguments.Parse(["--lang"]));

        Assert.Contains("--lang", error.Message, StringComparison.Ordinal);
    }
}
