using Kie.Samples.TelegramBot.Payments;
using Kie.Samples.TelegramBot.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace Kie.Samples.TelegramBot.Tests.Payments;

public sealed class StarsOptionsTests
{
    [Fact]
    public void Without_configuration_five_packs_carry_a_growing_bonus()
    {
        var options = StarsOptions.FromConfiguration(Configuration());

        Assert.Equal(1m, options.MoneyPerStar);
        Assert.Equal(
            [new StarsPack(50, 0), new StarsPack(100, 5), new StarsPack(250, 10), new StarsPack(500, 15), new StarsPack(1000, 20)],
            options.Packs);
        Assert.Equal(TimeSpan.FromDays(1), options.InvoiceLifetime);
        Assert.False(options.AllowInDemoMode);
    }

    [Fact]
    public void Configured_packs_replace_the_defaults_smallest_first()
    {
        var options = StarsOptions.FromConfiguration(Configuration(
            ("Stars:MoneyPerStar", "0.75"),
            ("Stars:Packs:0:Stars", "300"),
            ("Stars:Packs:0:BonusPercent", "12.5"),
            ("Stars:Packs:1:Stars", "20"),
            ("Stars:SupportContact", " @help_desk ")));

        Assert.Equal(0.75m, options.MoneyPerStar);
        Assert.Equal([new StarsPack(20, 0), new StarsPack(300, 12.5m)], options.Packs);
        Assert.Equal("@help_desk", options.SupportContact);
    }

    [Theory]
    [InlineData("Stars:MoneyPerStar", "0", "Stars:MoneyPerStar")]
    [InlineData("Stars:MoneyPerStar", "-1", "Stars:MoneyPerStar")]
    [InlineData("Stars:MoneyPerStar", "1,5", "Stars:MoneyPerStar")]
    [InlineData("Stars:Packs:0:Stars", "0", "Stars:Packs:0:Stars")]
    [InlineData("Stars:Packs:0:Stars", "10001", "Stars:Packs:0:Stars")]
    [InlineData("Stars:Packs:0:Stars", "12.5", "Stars:Packs:0:Stars")]
    [InlineData("Stars:Packs:0:BonusPercent", "150", "Stars:Packs:0:BonusPercent")]
    [InlineData("Stars:InvoiceLifetime", "soon", "Stars:InvoiceLifetime")]
    [InlineData("Stars:AllowInDemoMode", "maybe", "Stars:AllowInDemoMode")]
    public void A_bad_value_is_refused_naming_its_key(string key, string value, string named)
    {
        var settings = new List<(string, string)> { (key, value) };
        if (key.StartsWith("Stars:Packs:0:", StringComparison.Ordinal) && !key.EndsWith(":Stars", StringComparison.Ordinal))
        {
            settings.Add(("Stars:Packs:0:Stars", "100"));
        }

        var error = Assert.Throws<InvalidOperationException>(() => StarsOptions.FromConfiguration(Configuration([.. settings])));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_packs_at_one_price_are_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => StarsOptions.FromConfiguration(Configuration(
            ("Stars:Packs:0:Stars", "100"), ("Stars:Packs:1:Stars", "100"))));

        Assert.Contains("Stars:Packs:1:Stars", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_value_stops_the_bot_at_start_up()
    {
        await using var bot = BotHarness.Create(new Dictionary<string, string?> { ["Stars:MoneyPerStar"] = "-2" });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(bot.StartAsync);

        Assert.Contains("Stars:MoneyPerStar", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rate_worth_less_than_a_kopeck_per_pack_stops_the_bot_at_start_up()
    {
        await using var bot = BotHarness.Create(new Dictionary<string, string?> { ["Stars:MoneyPerStar"] = "0.0001" });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(bot.StartAsync);

        Assert.Contains("Stars:MoneyPerStar", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Money_is_rounded_down_to_a_whole_kopeck_and_the_bonus_added()
    {
        await using var bot = BotHarness.Create(new Dictionary<string, string?> { ["Stars:MoneyPerStar"] = "0.333" });
        var rates = PaymentsKit.Get<TopUpRates>(bot);

        Assert.Equal(3496, rates.CreditFor(new StarsPack(100, 5)));     // 34.965 ₽ → 34.96 ₽
        Assert.Equal(3330, rates.CreditFor(new StarsPack(100, 0)));
        Assert.Equal(3330, rates.CreditForStars(100));
        Assert.Equal(0, rates.CreditForStars(0));
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(pair => new KeyValuePair<string, string?>(pair.Key, pair.Value))).Build();
}
