using Kie.Sdk.Catalog;
using Kie.Sdk.Pricing;
using Kie.Sdk.Tests.Catalog;

namespace Kie.Sdk.Tests.Pricing;

/// <summary>Policies and calculators the pricing tests share; the plan's rate of 0.4 ₽ per credit × 2 unless said otherwise.</summary>
internal static class PricingFixture
{
    public static ModelCatalog Catalog => CatalogFixture.Embedded;

    /// <summary>RUB, 0.4 ₽ per credit, markup 2, rounded up to a kopeck, no minimum.</summary>
    public static PricingPolicy Rub { get; } = new() { Currency = "RUB", CreditRate = 0.4m };

    public static PriceCalculator Calculator(PricingPolicy? policy = null, ModelCatalog? catalog = null) => new(catalog ?? Catalog, policy ?? Rub);

    /// <summary>Kling 2.6 text-to-video, 10 s with sound: 220 credits.</summary>
    public static KieInput Kling10sWithSound() =>
        new KieInput().Set("prompt", "a fox in the snow").Set("sound", true).Set("aspect_ratio", "16:9").Set("duration", "10");
}
