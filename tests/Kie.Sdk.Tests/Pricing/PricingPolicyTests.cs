using Kie.Sdk.Pricing;
using Microsoft.Extensions.Configuration;

namespace Kie.Sdk.Tests.Pricing;

/// <summary><see cref="PricingPolicy"/>: defaults, validation naming each <c>Pricing:</c> key, binding from configuration.</summary>
public sealed class PricingPolicyTests
{
    [Fact]
    public void Defaults_are_the_plans_markup_and_one_minor_unit()
    {
        var policy = new PricingPolicy { Currency = "RUB", CreditRate = 0.4m };

        Assert.Empty(policy.Validate());
        Assert.Equal((2m, (decimal?)null, 0m, 0.4m), (policy.Markup, policy.RoundingStep, policy.MinimumCharge, policy.MoneyPerCredit));
        Assert.Empty(policy.FreeModels);
        Assert.Equal(0.005m, PricingPolicy.UsdPerCredit);
    }

    [Fact]
    public void The_usd_rate_is_kies_dollar_price_times_the_exchange_rate()
    {
        Assert.Equal(0.4625m, new PricingPolicy { Currency = "RUB", UsdExchangeRate = 92.5m }.MoneyPerCredit);
        Assert.Equal(0.005m, new PricingPolicy { Currency = "USD", UsdExchangeRate = 1m }.MoneyPerCredit);
    }

    [Theory]
    [InlineData("Markup", "Pricing:Markup must be at least 1; it is 0.5.")]
    [InlineData("CreditRate", "Pricing:CreditRate must be positive; it is 0.")]
    [InlineData("UsdExchangeRate", "Pricing:UsdExchangeRate must be positive; it is -1.")]
    [InlineData("Both", "Pricing:CreditRate and Pricing:UsdExchangeRate are both set; set only one.")]
    [InlineData("NoRate", "Pricing:CreditRate or Pricing:UsdExchangeRate is required: money per credit, or units of the currency per US dollar (KIE sells 1 credit for $0.005).")]
    [InlineData("NoCurrency", "Pricing:Currency is required (an ISO code: RUB, USD, EUR, GBP, KZT, JPY, XTR).")]
    [InlineData("Currency", "Pricing:Currency 'BTC' is not supported; use one of RUB, USD, EUR, GBP, KZT, JPY, XTR.")]
    [InlineData("RoundingStep", "Pricing:RoundingStep must be positive; it is 0.")]
    [InlineData("FractionalStep", "Pricing:RoundingStep must be a whole number of minor units (0.01 RUB); it is 0.005.")]
    [InlineData("StarsStep", "Pricing:RoundingStep must be a whole number of minor units (1 XTR); it is 0.5.")]
    [InlineData("MinimumCharge", "Pricing:MinimumCharge must be 0 or more; it is -1.")]
    [InlineData("FractionalMinimum", "Pricing:MinimumCharge must be a whole number of minor units (0.01 RUB); it is 9.999.")]
    [InlineData("FreeModels", "Pricing:FreeModels must list catalog model ids, none empty.")]
    public void Each_problem_names_its_key(string broken, string expected)
    {
        var valid = new PricingPolicy { Currency = "RUB", CreditRate = 0.4m };
        var policy = broken switch
        {
            "Markup" => valid with { Markup = 0.5m },
            "CreditRate" => valid with { CreditRate = 0m },
            "UsdExchangeRate" => valid with { CreditRate = null, UsdExchangeRate = -1m },
            "Both" => valid with { UsdExchangeRate = 92.5m },
            "NoRate" => valid with { CreditRate = null },
            "NoCurrency" => valid with { Currency = " " },
            "Currency" => valid with { Currency = "BTC" },
            "RoundingStep" => valid with { RoundingStep = 0m },
            "FractionalStep" => valid with { RoundingStep = 0.005m },
            "StarsStep" => valid with { Currency = "XTR", RoundingStep = 0.5m },
            "MinimumCharge" => valid with { MinimumCharge = -1m },
            "FractionalMinimum" => valid with { MinimumCharge = 9.999m },
            "FreeModels" => valid with { FreeModels = ["z-image", " "] },
            _ => throw new ArgumentOutOfRangeException(nameof(broken)),
        };

        Assert.Equal([expected], policy.Validate());
    }

    [Fact]
    public void The_calculator_refuses_an_invalid_policy_listing_every_problem()
    {
        var error = Assert.Throws<ArgumentException>(() => PricingFixture.Calculator(new PricingPolicy { Currency = "RUB", Markup = 0m }));

        Assert.StartsWith("Pricing:CreditRate or Pricing:UsdExchangeRate is required", error.Message, StringComparison.Ordinal);
        Assert.Contains("Pricing:Markup must be at least 1; it is 0.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_calculator_refuses_a_free_model_the_catalog_lacks()
    {
        var error = Assert.Throws<ArgumentException>(() => PricingFixture.Calculator(PricingFixture.Rub with { FreeModels = ["z-imag"] }));

        Assert.StartsWith("Pricing:FreeModels lists 'z-imag', which is not in the catalog (closest: z-image", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Binds_every_key_from_the_Pricing_section()
    {
        var configuration = Configuration(new()
        {
            ["Pricing:Currency"] = "rub",
            ["Pricing:UsdExchangeRate"] = "92.5",
            ["Pricing:Markup"] = "2.5",
            ["Pricing:RoundingStep"] = "1",
            ["Pricing:MinimumCharge"] = "10",
            ["Pricing:FreeModels:0"] = "z-image",
            ["Pricing:FreeModels:1"] = "recraft",
        });

        var policy = PricingPolicy.FromConfiguration(configuration);

        Assert.Equal(("rub", (decimal?)null, (decimal?)92.5m, 2.5m, (decimal?)1m, 10m), (policy.Currency, policy.CreditRate, policy.UsdExchangeRate, policy.Markup, policy.RoundingStep, policy.MinimumCharge));
        Assert.Equal(["z-image", "recraft"], policy.FreeModels);
        Assert.Equal("RUB", PricingFixture.Calculator(policy).Currency);
    }

    [Fact]
    public void Binds_from_the_section_itself_with_defaults_and_a_comma_separated_list()
    {
        var section = Configuration(new() { ["Pricing:Currency"] = "XTR", ["Pricing:CreditRate"] = "0.385", ["Pricing:FreeModels"] = "z-image, recraft" }).GetSection("Pricing");

        var policy = PricingPolicy.FromConfiguration(section);

        Assert.Equal((0.385m, 2m, (decimal?)null, 0m), (policy.CreditRate!.Value, policy.Markup, policy.RoundingStep, policy.MinimumCharge));
        Assert.Equal(["z-image", "recraft"], policy.FreeModels);
    }

    [Fact]
    public void An_unreadable_number_names_its_key()
    {
        var error = Assert.Throws<ArgumentException>(() => PricingPolicy.FromConfiguration(Configuration(new() { ["Pricing:Currency"] = "RUB", ["Pricing:CreditRate"] = "0,4" })));

        Assert.StartsWith("Pricing:CreditRate must be a number with a decimal point, such as 0.4; it is '0,4'.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_bound_policy_fails_at_start_up_naming_the_key()
    {
        var error = Assert.Throws<ArgumentException>(() => PricingPolicy.FromConfiguration(Configuration(new() { ["Pricing:Currency"] = "RUB", ["Pricing:CreditRate"] = "0.4", ["Pricing:Markup"] = "0.9" })));

        Assert.StartsWith("Pricing:Markup must be at least 1; it is 0.9.", error.Message, StringComparison.Ordinal);
    }

    private static IConfigurationRoot Configuration(Dictionary<string, string?> values) => new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
