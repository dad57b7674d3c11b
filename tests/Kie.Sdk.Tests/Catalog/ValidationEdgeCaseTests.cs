using System.Text.Json.Nodes;
using Kie.Sdk.Catalog;

namespace Kie.Sdk.Tests.Catalog;

public sealed class ValidationEdgeCaseTests
{
    private static readonly ModelCatalog Catalog = CatalogFixture.Embedded;

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var input = new KieInput()
            .Set("prompt", new string('x', 1001))
            .Set("sound", "maybe")
            .Set("aspect_ratio", "4:5")
            .Set("colour", "red");

        var result = Catalog.Validate("kling-2.6", "text-to-video", input);

        Assert.False(result.IsValid);
        Assert.Equal(["aspect_ratio", "colour", "duration", "prompt", "sound"], result.Problems.Select(p => p.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Missing_required_names_the_field_and_what_it_takes()
    {
        var result = Catalog.Validate("kling-2.6", "text-to-video", new KieInput().Set("prompt", "a cat").Set("sound", true).Set("aspect_ratio", "16:9"));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(new KieValidationProblem("duration", "is required", "one of 5, 10"), problem);
    }

    [Fact]
    public void Wrong_type_is_reported()
    {
        var result = Catalog.Validate("qwen-image", "text-to-image", new KieInput().Set("prompt", "a cat").Set("num_inference_steps", "many"));

        var problem = Assert.Single(result.Problems);
        Assert.Equal("num_inference_steps", problem.Field);
        Assert.Equal("must be a whole number; got 'many'", problem.Message);
        Assert.Equal("whole number from 2 to 250", problem.Allowed);
    }

    [Fact]
    public void A_fraction_is_not_an_integer()
    {
        var result = Catalog.Validate("qwen-image", "text-to-image", new KieInput().Set("prompt", "a cat").Set("num_inference_steps", 2.5m));

        Assert.Equal("must be a whole number; got 2.5", Assert.Single(result.Problems).Message);
    }

    [Theory]
    [InlineData(1, "1 is below the minimum 2")]
    [InlineData(251, "251 is above the maximum 250")]
    public void Out_of_range_is_reported(long steps, string message)
    {
        var result = Catalog.Validate("qwen-image", "text-to-image", new KieInput().Set("prompt", "a cat").Set("num_inference_steps", steps));

        Assert.Equal(message, Assert.Single(result.Problems).Message);
    }

    [Fact]
    public void Too_long_text_is_reported_in_characters()
    {
        var result = Catalog.Validate("z-image", "text-to-image", new KieInput().Set("prompt", new string('я', 1001)).Set("aspect_ratio", "1:1"));

        var problem = Assert.Single(result.Problems);
        Assert.Equal("prompt", problem.Field);
        Assert.Equal("is 1001 characters; the most is 1000", problem.Message);
        Assert.Equal("text of at most 1000 characters", problem.Allowed);
    }

    [Fact]
    public void An_emoji_counts_as_one_character()
    {
        var result = Catalog.Validate("z-image", "text-to-image", new KieInput().Set("prompt", string.Concat(Enumerable.Repeat("🚲", 1000))).Set("aspect_ratio", "1:1"));

        Assert.True(result.IsValid, string.Join("; ", result.Problems));
    }

    [Fact]
    public void An_empty_prompt_is_refused()
    {
        var result = Catalog.Validate("z-image", "text-to-image", new KieInput().Set("prompt", string.Empty).Set("aspect_ratio", "1:1"));

        Assert.Equal(new KieValidationProblem("prompt", "must not be empty", "text of at most 1000 characters"), Assert.Single(result.Problems));
    }

    [Fact]
    public void Too_many_items_is_reported()
    {
        var urls = Enumerable.Range(0, 11).Select(i => new Uri($"https://example.com/{i}.png"));

        var result = Catalog.Validate("nano-banana", "edit", new KieInput().Set("prompt", "make it blue").Set("image_urls", urls));

        var problem = Assert.Single(result.Problems);
        Assert.Equal("image_urls", problem.Field);
        Assert.Equal("has 11 items; the most is 10", problem.Message);
        Assert.Equal("a list of 1 to 10 absolute http(s) URLs (comma or newline separated)", problem.Allowed);
    }

    [Fact]
    public void An_empty_required_list_is_reported()
    {
        var result = Catalog.Validate("nano-banana", "edit", new KieInput().Set("prompt", "make it blue").SetJson("image_urls", new JsonArray()));

        Assert.Equal("must not be empty", Assert.Single(result.Problems).Message);
    }

    [Theory]
    [InlineData("ftp://example.com/a.png")]
    [InlineData("/tmp/a.png")]
    [InlineData("example.com/a.png")]
    [InlineData("data:image/png;base64,AAAA")]
    public void A_url_that_kie_cannot_fetch_is_reported(string url)
    {
        var result = Catalog.Validate("recraft", "remove-background", new KieInput().Set("image", url));

        var problem = Assert.Single(result.Problems);
        Assert.Equal("image", problem.Field);
        Assert.Equal($"'{url}' is not an absolute http(s) URL", problem.Message);
    }

    [Fact]
    public void A_bad_url_inside_a_list_names_its_index()
    {
        var result = Catalog.Validate("nano-banana", "edit", new KieInput().Set("prompt", "blue").Set("image_urls", ["https://example.com/a.png", "not a url"]));

        Assert.Equal("image_urls[1]", Assert.Single(result.Problems).Field);
    }

    [Fact]
    public void An_unknown_parameter_lists_the_allowed_names()
    {
        var result = Catalog.Validate("recraft", "upscale", new KieInput().Set("image", "https://example.com/a.png").Set("scale", 2L));

        var problem = Assert.Single(result.Problems);
        Assert.Equal("scale", problem.Field);
        Assert.Equal("is not a parameter of this mode", problem.Message);
        Assert.Equal("'image'", problem.Allowed);
    }

    [Fact]
    public void An_enum_value_not_allowed_lists_the_values()
    {
        var result = Catalog.Validate("kling-2.6", "text-to-video", new KieInput().Set("prompt", "a cat").Set("sound", false).Set("aspect_ratio", "4:3").Set("duration", "5"));

        Assert.Equal(new KieValidationProblem("aspect_ratio", "'4:3' is not allowed", "one of 1:1, 16:9, 9:16"), Assert.Single(result.Problems));
    }

    [Fact]
    public void A_cross_parameter_constraint_is_checked()
    {
        var result = Catalog.Validate("gpt-image-2", "text-to-image", new KieInput().Set("prompt", "a cat").Set("aspect_ratio", "1:1").Set("resolution", "4k"));

        Assert.Equal(new KieValidationProblem("resolution", "1:1 cannot be rendered at 4K", "one of 1K, 2K"), Assert.Single(result.Problems));
    }

    [Fact]
    public void Object_list_items_are_checked_field_by_field()
    {
        var dialogue = JsonNode.Parse("""[{"text":"Hi","voice":"Rachel"},{"text":"","mood":"sad"}]""");

        var result = Catalog.Validate("elevenlabs-dialogue", "text-to-dialogue", new KieInput().SetJson("dialogue", dialogue));

        Assert.Equal(["dialogue[1].mood", "dialogue[1].text", "dialogue[1].voice"], result.Problems.Select(p => p.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_number_outside_its_allowed_values_is_reported()
    {
        var result = Catalog.Validate("elevenlabs-dialogue", "text-to-dialogue", new KieInput()
            .SetJson("dialogue", JsonNode.Parse("""[{"text":"Hi","voice":"Rachel"}]""")).Set("stability", 0.7m));

        Assert.Equal(new KieValidationProblem("stability", "0.7 is not allowed", "one of 0, 0.5, 1"), Assert.Single(result.Problems));
    }

    [Fact]
    public void A_key_given_twice_in_two_spellings_is_reported()
    {
        var result = Catalog.Validate("z-image", "text-to-image", new Dictionary<string, string> { ["prompt"] = "a", ["Prompt"] = "b", ["aspect_ratio"] = "1:1" });

        Assert.Equal("Prompt", Assert.Single(result.Problems).Field);
    }

    [Fact]
    public void A_disabled_model_is_invalid_with_a_clear_problem()
    {
        var catalog = Catalog.WithOverride(CatalogFixture.Stream("""{"models":[{"id":"z-image","enabled":false,"note":"provider outage"}]}"""));

        var result = catalog.Validate("z-image", "text-to-image", new KieInput().Set("prompt", "a").Set("aspect_ratio", "1:1"));

        var problem = Assert.Single(result.Problems);
        Assert.Equal("model", problem.Field);
        Assert.Equal("'z-image' mode 'text-to-image' (z-image) is disabled in the catalog: provider outage", problem.Message);
    }

    [Fact]
    public void ToRequest_refuses_invalid_input_with_every_problem()
    {
        var result = Catalog.Validate("kling-2.6", "text-to-video", new KieInput());

        var error = Assert.Throws<KieValidationException>(() => result.ToRequest());

        Assert.Equal(4, error.Problems.Count);
    }

    [Fact]
    public void Validation_does_not_change_the_input_given()
    {
        var input = new KieInput().Set("prompt", "a").Set("aspect_ratio", "16:9 ");

        Catalog.Validate("z-image", "text-to-image", input);

        Assert.Equal("""{"prompt":"a","aspect_ratio":"16:9 "}""", input.ToString());
    }

    [Fact]
    public void An_unknown_mode_lists_the_modes()
    {
        var error = Assert.Throws<KieUnknownModeException>(() => Catalog.Validate("kling-2.6", "lip-sync", new KieInput()));

        Assert.Equal("Model 'kling-2.6' has no mode 'lip-sync'. Its modes: text-to-video, image-to-video.", error.Message);
    }
}
