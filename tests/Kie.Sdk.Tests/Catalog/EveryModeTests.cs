using System.Text.Json.Nodes;
using Kie.Sdk.Catalog;

namespace Kie.Sdk.Tests.Catalog;

/// <summary>Generated over the whole catalog: every model, every mode, every price rule.</summary>
public sealed class EveryModeTests
{
    public static TheoryData<string, string> Modes => CatalogFixture.AllModes();

    public static TheoryData<string, string, int> PriceRules => CatalogFixture.AllPriceRules();

    [Theory]
    [MemberData(nameof(Modes))]
    public void Defaults_plus_minimal_required_input_validate(string modelId, string modeId)
    {
        var catalog = CatalogFixture.Embedded;
        var mode = catalog.GetMode(modelId, modeId);

        var result = catalog.Validate(modelId, modeId, CatalogFixture.MinimalInput(mode));

        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        var input = result.CreateInput();
        foreach (var parameter in mode.Parameters.Where(p => p.Required || p.Default is not null))
        {
            Assert.True(input.Contains(parameter.Name), $"{parameter.Name} missing from the normalised input");
        }
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task The_validated_input_is_sent_as_the_api_expects(string modelId, string modeId)
    {
        var catalog = CatalogFixture.Embedded;
        var mode = catalog.GetMode(modelId, modeId);
        var handler = new CountingHandler();
        using var http = new HttpClient(handler);
        using var client = new KieClient(http, new KieClientOptions { ApiKey = "k", CreateRateLimit = 0, Catalog = catalog });
        var request = catalog.Validate(modelId, modeId, CatalogFixture.MinimalInput(mode)).ToRequest();

        var taskId = await client.CreateTaskAsync(request);

        Assert.Equal("task-1", taskId);
        var body = Assert.Single(handler.Bodies);
        Assert.Equal(mode.ApiModel, body["model"]!.GetValue<string>());
        var sent = Assert.IsType<JsonObject>(body["input"]);
        var expectedKeys = mode.Parameters.Where(p => p.Required || p.Default is not null).Select(p => p.Name).Order(StringComparer.Ordinal);
        Assert.Equal(expectedKeys, sent.Select(pair => pair.Key).Order(StringComparer.Ordinal));
        foreach (var (key, value) in sent)
        {
            var parameter = mode.FindParameter(key)!;
            var kind = value!.GetValueKind();
            Assert.Equal(ExpectedKind(parameter.Type), kind == System.Text.Json.JsonValueKind.True ? System.Text.Json.JsonValueKind.False : kind);
        }
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void Each_missing_required_parameter_is_named(string modelId, string modeId)
    {
        var catalog = CatalogFixture.Embedded;
        var mode = catalog.GetMode(modelId, modeId);
        var required = mode.Parameters.Where(p => p.Required && p.Default is null).Select(p => p.Name).ToList();

        var result = catalog.Validate(modelId, modeId, new KieInput());

        Assert.Equal(required.Order(StringComparer.Ordinal), result.Problems.Select(p => p.Field).Order(StringComparer.Ordinal));
        Assert.All(result.Problems, problem => Assert.Equal("is required", problem.Message));
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void Sellable_modes_have_dated_sourced_prices_and_the_rest_refuse_to_quote(string modelId, string modeId)
    {
        var catalog = CatalogFixture.Embedded;
        var mode = catalog.GetMode(modelId, modeId);

        if (mode.IsSellable)
        {
            Assert.All(mode.Pricing.Rules, rule =>
            {
                Assert.True(rule.Credits > 0);
                Assert.NotEqual(KiePriceConfidence.Unknown, rule.Confidence);
                Assert.StartsWith("kie-api.md §7", rule.Source, StringComparison.Ordinal);
                Assert.True(rule.Date >= new DateOnly(2025, 12, 21));
            });
        }
        else
        {
            var error = Assert.Throws<KieNotSellableException>(() => catalog.EstimateCredits(modelId, modeId, CatalogFixture.MinimalInput(mode)));
            Assert.Equal(modelId, error.ModelId);
            Assert.Contains(mode.ApiModel, error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(PriceRules))]
    public void Every_price_rule_of_a_sellable_mode_quotes_more_than_zero(string modelId, string modeId, int ruleIndex)
    {
        var catalog = CatalogFixture.Embedded;
        var mode = catalog.GetMode(modelId, modeId);
        var rule = mode.Pricing.Rules[ruleIndex];
        var input = CatalogFixture.MinimalInput(mode);
        foreach (var (name, value) in rule.When)
        {
            if (value is null)
            {
                input.Remove(name);
            }
            else
            {
                input.Set(name, value);
            }
        }

        if (rule.UnitParameter is { } unit && !input.Contains(unit))
        {
            input.SetJson(unit, CatalogFixture.Synthesise(mode.FindParameter(unit)!));
        }

        var estimate = catalog.EstimateCredits(modelId, modeId, input);

        Assert.True(estimate.Credits > 0);
        Assert.Equal(mode.ApiModel, estimate.ApiModel);
        Assert.NotEmpty(estimate.Breakdown);
        Assert.Equal(mode.SpeedTiers.Count, estimate.SpeedTiers.Count);
    }

    [Fact]
    public void The_catalog_has_every_category_and_most_modes_sellable()
    {
        var catalog = CatalogFixture.Embedded;

        foreach (var category in new[] { KieModelCategory.Image, KieModelCategory.Video, KieModelCategory.Audio, KieModelCategory.Speech, KieModelCategory.Tools })
        {
            Assert.NotEmpty(catalog.ListByCategory(category));
        }

        Assert.Equal(41, catalog.Models.Count);
        Assert.Equal(61, catalog.Models.Sum(model => model.Modes.Count));
        Assert.Equal(53, catalog.Models.Sum(model => model.Modes.Count(mode => mode.IsSellable)));
    }

    private static System.Text.Json.JsonValueKind ExpectedKind(KieParameterType type) => type switch
    {
        KieParameterType.Integer or KieParameterType.Number => System.Text.Json.JsonValueKind.Number,
        KieParameterType.Boolean => System.Text.Json.JsonValueKind.False, // true is folded into false by the caller
        KieParameterType.UrlList or KieParameterType.StringList or KieParameterType.ObjectList => System.Text.Json.JsonValueKind.Array,
        _ => System.Text.Json.JsonValueKind.String,
    };
}
