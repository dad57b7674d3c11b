using Kie.Sdk.Catalog;

namespace Kie.Sdk.Tests.Catalog;

public sealed class LookupTests
{
    private static readonly ModelCatalog Catalog = CatalogFixture.Embedded;

    [Fact]
    public void The_embedded_catalog_is_loaded_once()
    {
        Assert.Same(ModelCatalog.LoadEmbedded(), ModelCatalog.LoadEmbedded());
        Assert.Equal(new DateOnly(2026, 9, 30), Catalog.SnapshotDate);
    }

    [Fact]
    public void Models_are_found_by_id_ignoring_case()
    {
        Assert.Equal("Kling 2.6", Catalog.GetModel("KLING-2.6").DisplayName);
        Assert.True(Catalog.TryGetModel(" nano-banana ", out var model));
        Assert.Equal(KieModelCategory.Image, model.Category);
        Assert.False(Catalog.TryGetModel("nano-bananas", out _));
    }

    [Theory]
    [InlineData("klng-2.6", "kling-2.6")]
    [InlineData("nano-bannana", "nano-banana")]
    [InlineData("seedance2", "seedance-2")]
    [InlineData("wan 2.5", "wan-2.5")]
    public void An_unknown_id_lists_the_closest_ids(string typed, string expectedFirst)
    {
        var error = Assert.Throws<KieUnknownModelException>(() => Catalog.GetModel(typed));

        Assert.Equal(typed, error.ModelId);
        Assert.Equal(expectedFirst, error.Suggestions[0]);
        Assert.Equal(3, error.Suggestions.Count);
        Assert.StartsWith($"Model '{typed}' is not in the catalog. Closest: {expectedFirst}, ", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<KieApiException>(error);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public void A_prefix_suggests_the_models_that_extend_it()
    {
        Assert.All(Catalog.SuggestModelIds("kling", 3), id => Assert.StartsWith("kling", id, StringComparison.Ordinal));
    }

    [Fact]
    public void Models_are_listed_by_category()
    {
        var tools = Catalog.ListByCategory(KieModelCategory.Tools).Select(model => model.Id);

        Assert.Equal(["recraft", "topaz-image-upscale", "topaz-video-upscale"], tools);
        Assert.All(Catalog.ListByCategory(KieModelCategory.Speech), model => Assert.StartsWith("elevenlabs", model.Id, StringComparison.Ordinal));
        Assert.Equal(["elevenlabs-sound-effect"], Catalog.ListByCategory(KieModelCategory.Audio).Select(model => model.Id));
    }

    [Fact]
    public void Disabled_models_are_left_out_of_menus_unless_asked_for()
    {
        var catalog = Catalog.WithOverride(CatalogFixture.Stream("""{"models":[{"id":"recraft","enabled":false}]}"""));

        Assert.DoesNotContain(catalog.ListByCategory(KieModelCategory.Tools), model => model.Id == "recraft");
        Assert.Contains(catalog.ListByCategory(KieModelCategory.Tools, includeDisabled: true), model => model.Id == "recraft");
    }

    [Fact]
    public void Families_list_their_api_variants_as_modes()
    {
        Assert.Equal(
            [("text-to-video", "kling-2.6/text-to-video"), ("image-to-video", "kling-2.6/image-to-video")],
            Catalog.ListModes("kling-2.6").Select(mode => (mode.Id, mode.ApiModel)));
        Assert.Equal(["google/nano-banana", "google/nano-banana-edit"], Catalog.ListModes("nano-banana").Select(mode => mode.ApiModel));
        Assert.Equal(["bytedance/seedream-v4-text-to-image", "bytedance/seedream-v4-edit"], Catalog.ListModes("seedream-4").Select(mode => mode.ApiModel));
        Assert.Equal(["sora-2-text-to-video", "sora-2-image-to-video"], Catalog.ListModes("sora-2").Select(mode => mode.ApiModel));
        Assert.Equal(["seedream/4.5-text-to-image", "seedream/4.5-edit"], Catalog.ListModes("seedream-4.5").Select(mode => mode.ApiModel));
        Assert.Equal(["gpt-image-2-text-to-image", "gpt-image-2-image-to-image"], Catalog.ListModes("gpt-image-2").Select(mode => mode.ApiModel));
        Assert.Equal(["kling/v2-1-master-text-to-video", "kling/v2-1-master-image-to-video"], Catalog.ListModes("kling-2.1-master").Select(mode => mode.ApiModel));
    }

    [Fact]
    public void Api_model_ids_lead_back_to_their_model_and_mode()
    {
        Assert.True(Catalog.TryFindByApiModel("kling-2.6/image-to-video", out var model, out var mode));
        Assert.Equal(("kling-2.6", "image-to-video"), (model.Id, mode.Id));
        Assert.True(Catalog.TryFindByApiModel("bytedance/seedance-2", out _, out var first));
        Assert.Equal("text-to-video", first.Id);
        Assert.False(Catalog.TryFindByApiModel("Kling-2.6/image-to-video", out _, out _));
        Assert.False(Catalog.TryFindByApiModel("kling-9/video", out _, out _));
    }

    [Fact]
    public void Allowed_values_are_described_for_people()
    {
        var mode = Catalog.GetMode("kling-3.0", "multi-shot");

        Assert.Equal("one of std, pro, 4K", mode.FindParameter("mode")!.DescribeAllowed());
        Assert.Equal("a list of 1 to 5 objects with fields prompt* (text of at most 500 characters), duration* (whole number from 1 to 12)", mode.FindParameter("multi_prompt")!.DescribeAllowed());
        Assert.Equal("true or false (yes/no)", mode.FindParameter("sound")!.DescribeAllowed());
    }

    [Fact]
    public void The_catalog_round_trips_through_its_json()
    {
        var again = CatalogFixture.FromJson(Catalog.ToJson());

        Assert.Equal(Catalog.Models.Count, again.Models.Count);
        Assert.Equal(Catalog.ToJson(), again.ToJson());
    }

    [Fact]
    public async Task The_catalog_is_safe_to_share_between_threads()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(() =>
            Catalog.EstimateCredits("kling-2.6", "text-to-video", new KieInput().Set("prompt", $"cat {i}").Set("sound", i % 2 == 0).Set("aspect_ratio", "1:1").Set("duration", "5")).Credits)));

        Assert.Equal(Enumerable.Range(0, 16).Select(i => i % 2 == 0 ? 110m : 55m), results);
    }
}
