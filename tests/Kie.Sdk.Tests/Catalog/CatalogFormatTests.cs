using Kie.Sdk.Catalog;

namespace Kie.Sdk.Tests.Catalog;

/// <summary>A bad catalog fails at load time, naming the JSON path, instead of at a customer's order.</summary>
public sealed class CatalogFormatTests
{
    [Theory]
    [InlineData("""{"type":"enum"}""", "$.models[0].modes[0].parameters[0].values: an enum must list its values.")]
    [InlineData("""{"type":"text"}""", "$.models[0].modes[0].parameters[0].type: 'text' is not one of")]
    [InlineData("""{"type":"integer","minimum":5,"maximum":1}""", "$.models[0].modes[0].parameters[0].minimum: is above maximum.")]
    [InlineData("""{"type":"enum","values":["a","b"],"default":"c"}""", "$.models[0].modes[0].parameters[0].default: is not a valid value: p: 'c' is not allowed")]
    public void Bad_parameters_fail_with_their_path(string parameterFields, string expected)
    {
        var json = Catalog($$"""[{"name":"p",{{parameterFields[1..^1]}}}]""", """{"source":"s","confidence":"unknown"}""");

        var error = Assert.Throws<KieCatalogFormatException>(() => CatalogFixture.FromJson(json));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"source":"s","date":"2026-01-01","confidence":"exact","rules":[{"credits":0}]}""", "credits: must be more than 0")]
    [InlineData("""{"source":"s","date":"2026-01-01","confidence":"unknown","rules":[{"credits":1}]}""", "has no rules")]
    [InlineData("""{"source":"s","confidence":"exact","rules":[{"credits":1}]}""", "date: is required")]
    [InlineData("""{"source":"s","date":"2026-01-01","confidence":"exact","rules":[{"credits":1,"unit":"second"}]}""", "unitParameter: is required for this unit.")]
    [InlineData("""{"source":"s","date":"2026-01-01","confidence":"exact","rules":[{"credits":1,"unit":"second","unitParameter":"p"}]}""", "'p' cannot measure seconds.")]
    [InlineData("""{"source":"s","date":"2026-01-01","confidence":"exact","rules":[{"credits":1,"multiplyBy":"count"}]}""", "'count' is not a parameter of mode 'm'.")]
    [InlineData("""{"source":"s","date":"2026-01-01","confidence":"exact","rules":[{"credits":1,"confidence":"unknown"}]}""", "'unknown' is not one of exact, estimated.")]
    public void Bad_prices_fail_with_their_path(string pricing, string expected)
    {
        var error = Assert.Throws<KieCatalogFormatException>(() => CatalogFixture.FromJson(Catalog("""[{"name":"p","type":"boolean"}]""", pricing)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_models_with_one_id_fail()
    {
        var one = """{"id":"x","displayName":"X","category":"image","modes":[{"id":"m","displayName":"M","apiModel":"x","parameters":[]}]}""";

        var error = Assert.Throws<KieCatalogFormatException>(() => CatalogFixture.FromJson($$"""{"formatVersion":1,"models":[{{one}},{{one.Replace("\"x\",\"displayName\"", "\"X\",\"displayName\"", StringComparison.Ordinal)}}]}"""));

        Assert.Contains("'X' is used by two models.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tier_pointing_at_a_missing_mode_fails()
    {
        var json = """{"formatVersion":1,"models":[{"id":"x","displayName":"X","category":"image","modes":[{"id":"m","displayName":"M","apiModel":"x","parameters":[],"speedTiers":[{"id":"fast","displayName":"F","mode":"turbo"},{"id":"std","displayName":"S","mode":"m"}]}]}]}""";

        var error = Assert.Throws<KieCatalogFormatException>(() => CatalogFixture.FromJson(json));

        Assert.Contains("'turbo' is not a mode of 'x'.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_newer_format_version_is_refused()
    {
        var error = Assert.Throws<KieCatalogFormatException>(() => CatalogFixture.FromJson("""{"formatVersion":2,"models":[]}"""));

        Assert.Equal("Catalog $.formatVersion: is 2; this SDK reads version 1.", error.Message);
    }

    [Fact]
    public void A_model_from_sync_may_be_uncategorised_and_disabled()
    {
        var catalog = CatalogFixture.FromJson("""{"formatVersion":1,"models":[{"id":"new-thing","displayName":"New","category":"unknown","enabled":false,"modes":[{"id":"default","displayName":"Default","apiModel":"new/thing","additionalParameters":true}]}]}""");

        var model = catalog.GetModel("new-thing");
        Assert.Equal((KieModelCategory.Unknown, false, false), (model.Category, model.Enabled, model.IsSellable));
        Assert.Same(KieModePricing.None, model.Modes[0].Pricing);
    }

    private static string Catalog(string parameters, string pricing) =>
        $$"""{"formatVersion":1,"snapshotDate":"2026-01-01","models":[{"id":"x","displayName":"X","category":"image","modes":[{"id":"m","displayName":"M","apiModel":"x","parameters":{{parameters}},"pricing":{{pricing}}}]}]}""";
}
