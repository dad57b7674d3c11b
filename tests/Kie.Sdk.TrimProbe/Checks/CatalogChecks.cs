using System.Text;
using Kie.Sdk.Catalog;
using Kie.Sdk.Pricing;
using Microsoft.Extensions.Configuration;

namespace Kie.Sdk.TrimProbe.Checks;

/// <summary>The embedded model catalog (JSON read from a resource), input validation, credit estimates and money quotes.</summary>
internal static class CatalogChecks
{
    public static void Run(Probe probe)
    {
        ModelCatalog? catalog = null;
        probe.Check("load the embedded catalog and write it back", () =>
        {
            catalog = ModelCatalog.LoadEmbedded();
            ProbeFailure.Unless(catalog.Models.Count > 0, "the catalog has no models");
            ProbeFailure.Unless(catalog.TryGetModel("kling-2.6", out _), "kling-2.6 is missing");
            // ToJson and Load exercise the catalog's writer and reader on the same data.
            using var json = new MemoryStream(Encoding.UTF8.GetBytes(catalog.ToJson()));
            var reloaded = ModelCatalog.Load(json);
            ProbeFailure.Unless(reloaded.Models.Count == catalog.Models.Count, $"reloaded {reloaded.Models.Count} of {catalog.Models.Count} models");
        });

        var embedded = () => catalog ?? throw new ProbeFailure("the catalog did not load");

        probe.Check("validate a good input", () =>
        {
            // Typed as a person would: "10" and "yes" are coerced to the declared types.
            var result = embedded().Validate("kling-2.6", "text-to-video", new Dictionary<string, string>
            {
                ["prompt"] = "a fox in the snow",
                ["duration"] = "10",
                ["sound"] = "yes",
                ["aspect_ratio"] = "16:9",
            });
            ProbeFailure.Unless(result.IsValid, $"problems: {string.Join("; ", result.Problems)}");
            ProbeFailure.Unless(result.ApiModel == "kling-2.6/text-to-video", $"api model is '{result.ApiModel}'");
            ProbeFailure.Unless(result.CreateInput().TryGetValue("sound", out var sound) && sound?.GetValueKind() == System.Text.Json.JsonValueKind.True, "sound was not coerced to true");
        });

        probe.Check("validate a bad input, naming the field", () =>
        {
            var result = embedded().Validate("kling-2.6", "text-to-video", new KieInput().Set("prompt", "a fox").Set("aspect_ratio", "7:3"));
            ProbeFailure.Unless(!result.IsValid, "the input was accepted");
            ProbeFailure.Unless(result.Problems.Any(problem => problem.Field == "aspect_ratio"), $"problems: {string.Join("; ", result.Problems)}");
        });

        probe.Check("estimate credits", () =>
        {
            var estimate = embedded().EstimateCredits("kling-2.6", "text-to-video", TenSecondsWithSound());
            ProbeFailure.Unless(estimate.Credits == 220m, $"estimated {estimate.Credits} credits");
            ProbeFailure.Unless(estimate.Breakdown.Count > 0, "no breakdown");
        });

        probe.Check("quote a price from a policy bound from configuration", () =>
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Pricing:Currency"] = "RUB",
                ["Pricing:CreditRate"] = "0.4",
                ["Pricing:Markup"] = "2",
            }).Build();
            var calculator = new PriceCalculator(embedded(), PricingPolicy.FromConfiguration(configuration));
            var quote = calculator.Quote("kling-2.6", "text-to-video", TenSecondsWithSound());
            // 220 credits × 0.4 ₽ × 2.
            ProbeFailure.Unless(quote is { Credits: 220m, Total: 176m, Currency: "RUB" }, $"quote: {quote.Credits} credits, {quote.Total} {quote.Currency}");
            ProbeFailure.Unless(quote.Breakdown.Count > 0 && calculator.Format(quote.Total).Length > 0, "no breakdown or formatted price");
        });
    }

    private static KieInput TenSecondsWithSound() =>
        new KieInput().Set("prompt", "a fox in the snow").Set("sound", true).Set("aspect_ratio", "16:9").Set("duration", "10");
}
