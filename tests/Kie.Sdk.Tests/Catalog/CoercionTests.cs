using System.Text.Json.Nodes;
using Kie.Sdk.Catalog;

namespace Kie.Sdk.Tests.Catalog;

/// <summary>Text typed by a person becomes the declared type.</summary>
public sealed class CoercionTests
{
    private static readonly ModelCatalog Catalog = CatalogFixture.Embedded;

    [Theory]
    [InlineData("16:9", "16:9")]
    [InlineData(" 16:9 ", "16:9")]
    [InlineData("16 : 9", "16:9")]
    public void Aspect_ratios_match_their_declared_value(string typed, string expected)
    {
        Assert.Equal(expected, Normalised("kling-2.6", "text-to-video", Kling26(("aspect_ratio", typed)), "aspect_ratio"));
    }

    [Theory]
    [InlineData("1080p", "1080P")]
    [InlineData("1080P", "1080P")]
    [InlineData("768p", "768P")]
    public void Enum_case_differences_take_the_declared_casing(string typed, string expected)
    {
        var input = new Dictionary<string, string> { ["prompt"] = "a", ["image_url"] = "https://example.com/a.png", ["resolution"] = typed };

        Assert.Equal(expected, Normalised("hailuo-2.3", "image-to-video", input, "resolution"));
    }

    [Fact]
    public void A_numeric_enum_given_as_a_number_is_sent_as_its_string()
    {
        var result = Catalog.Validate("kling-2.6", "text-to-video", new KieInput().Set("prompt", "a").Set("sound", false).Set("aspect_ratio", "1:1").Set("duration", 10L));

        Assert.True(result.IsValid);
        Assert.Equal("\"10\"", Value(result, "duration").ToJsonString());
    }

    [Theory]
    [InlineData("yes", true)]
    [InlineData("no", false)]
    [InlineData("Да", true)]
    [InlineData("нет", false)]
    [InlineData("true", true)]
    [InlineData("FALSE", false)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("on", true)]
    public void Flags_accept_words(string typed, bool expected)
    {
        var result = Catalog.Validate("kling-2.6", "text-to-video", Kling26(("sound", typed)));

        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        Assert.Equal(expected, Value(result, "sound").GetValue<bool>());
    }

    [Theory]
    [InlineData("0.5", "0.5")]
    [InlineData("0,5", "0.5")]
    [InlineData(" 1 ", "1")]
    [InlineData("1.0", "1")]
    public void Numbers_accept_a_decimal_point_or_comma(string typed, string expectedJson)
    {
        var input = new Dictionary<string, string> { ["prompt"] = "a", ["image_url"] = "https://example.com/a.png", ["cfg_scale"] = typed };

        var result = Catalog.Validate("kling-2.1", "image-to-video", input);

        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        Assert.Equal(expectedJson, Value(result, "cfg_scale").ToJsonString());
    }

    [Theory]
    [InlineData("1,000.5")]
    [InlineData("1,2,3")]
    [InlineData("half")]
    public void Ambiguous_numbers_are_refused(string typed)
    {
        var input = new Dictionary<string, string> { ["prompt"] = "a", ["image_url"] = "https://example.com/a.png", ["cfg_scale"] = typed };

        var problem = Assert.Single(Catalog.Validate("kling-2.1", "image-to-video", input).Problems);

        Assert.Equal("cfg_scale", problem.Field);
    }

    [Fact]
    public void Text_integers_become_json_numbers()
    {
        var input = new Dictionary<string, string> { ["prompt"] = "a", ["num_inference_steps"] = "40" };

        var result = Catalog.Validate("qwen-image", "text-to-image", input);

        Assert.Equal("40", Value(result, "num_inference_steps").ToJsonString());
    }

    [Fact]
    public void A_url_string_is_a_url()
    {
        var result = Catalog.Validate("recraft", "upscale", new Dictionary<string, string> { ["image"] = " https://example.com/a.png " });

        Assert.Equal("\"https://example.com/a.png\"", Value(result, "image").ToJsonString());
    }

    [Theory]
    [InlineData("https://example.com/a.png, https://example.com/b.png")]
    [InlineData("https://example.com/a.png,https://example.com/b.png")]
    [InlineData("https://example.com/a.png\nhttps://example.com/b.png\n")]
    [InlineData("https://example.com/a.png; https://example.com/b.png")]
    public void Separated_urls_become_a_list(string typed)
    {
        var result = Catalog.Validate("nano-banana", "edit", new Dictionary<string, string> { ["prompt"] = "blue", ["image_urls"] = typed });

        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        Assert.Equal("""["https://example.com/a.png","https://example.com/b.png"]""", Value(result, "image_urls").ToJsonString());
    }

    [Fact]
    public void A_comma_inside_a_url_does_not_split_it()
    {
        var result = Catalog.Validate("nano-banana", "edit", new Dictionary<string, string> { ["prompt"] = "blue", ["image_urls"] = "https://example.com/a.png?crop=1,2" });

        Assert.Equal("""["https://example.com/a.png?crop=1,2"]""", Value(result, "image_urls").ToJsonString());
    }

    [Fact]
    public void A_key_without_its_documented_trailing_space_reaches_it()
    {
        var input = new KieInput().Set("reference_image_urls", ["https://example.com/a.png"]).Set("reference_video_urls", ["https://example.com/v.mp4"]);

        var result = Catalog.Validate("seedance-2", "reference-to-video", input);

        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        Assert.True(result.CreateInput().Contains("reference_video_urls "));
        Assert.False(result.CreateInput().Contains("reference_video_urls"));
    }

    [Fact]
    public void A_blank_optional_answer_means_not_set()
    {
        var result = Catalog.Validate("kling-2.1", "image-to-video", new Dictionary<string, string> { ["prompt"] = "a", ["image_url"] = "https://example.com/a.png", ["duration"] = " " });

        Assert.True(result.IsValid);
        Assert.False(result.CreateInput().Contains("duration"));
    }

    [Fact]
    public void Defaults_are_applied_as_their_declared_json()
    {
        var result = Catalog.Validate("kling-2.1", "image-to-video", new KieInput().Set("prompt", "a").Set("image_url", "https://example.com/a.png"));

        Assert.Equal("0.5", Value(result, "cfg_scale").ToJsonString());
    }

    [Fact]
    public void Object_lists_accept_json_text()
    {
        var result = Catalog.Validate("elevenlabs-dialogue", "text-to-dialogue", new Dictionary<string, string> { ["dialogue"] = """[{"text":"Hi","voice":"Rachel"}]""" });

        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        Assert.Equal("""[{"text":"Hi","voice":"Rachel"}]""", Value(result, "dialogue").ToJsonString());
    }

    [Fact]
    public void A_number_given_for_a_text_parameter_is_sent_as_text()
    {
        var result = Catalog.Validate("imagen-4", "text-to-image", new KieInput().Set("prompt", "a").Set("seed", 42L));

        Assert.Equal("\"42\"", Value(result, "seed").ToJsonString());
    }

    private static Dictionary<string, string> Kling26(params (string Key, string Value)[] overrides)
    {
        var input = new Dictionary<string, string> { ["prompt"] = "a cat", ["sound"] = "no", ["aspect_ratio"] = "16:9", ["duration"] = "5" };
        foreach (var (key, value) in overrides)
        {
            input[key] = value;
        }

        return input;
    }

    private static string Normalised(string model, string mode, IReadOnlyDictionary<string, string> input, string key)
    {
        var result = Catalog.Validate(model, mode, input);
        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        return Value(result, key).GetValue<string>();
    }

    private static JsonNode Value(KieInputValidationResult result, string key)
    {
        Assert.True(result.CreateInput().TryGetValue(key, out var value), $"{key} not in the normalised input");
        return value!;
    }
}
