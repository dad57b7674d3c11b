using System.Text.Json.Nodes;
using static Kie.Sdk.Tests.Behaviour.ScriptedKieHandler;

namespace Kie.Sdk.Tests.Behaviour;

/// <summary><see cref="KieInput"/>'s typed setters and the JSON they produce.</summary>
public sealed class KieInputTests
{
    [Fact]
    public void Typed_setters_produce_the_exact_json()
    {
        var input = new KieInput()
            .Set("prompt", "a \"quoted\" cat")
            .Set("seed", 9_007_199_254_740_993L)
            .Set("strength", 0.1m)
            .Set("guidance", 7.50m)
            .Set("enable_safety_checker", false)
            .Set("image_url", new Uri("https://files.example/a b.png"))
            .Set("image_urls", [new Uri("https://files.example/1.png"), new Uri("https://files.example/2.png")])
            .Set("tags", ["one", "two"]);

        Assert.Equal(
            """{"prompt":"a \u0022quoted\u0022 cat","seed":9007199254740993,"strength":0.1,"guidance":7.50,"enable_safety_checker":false,"image_url":"https://files.example/a%20b.png","image_urls":["https://files.example/1.png","https://files.example/2.png"],"tags":["one","two"]}""",
            input.ToString());
        Assert.Equal(8, input.Count);
    }

    [Fact]
    public void A_decimal_is_sent_exactly_never_through_double()
    {
        var input = new KieInput().Set("a", 0.1m).Set("b", 0.3m - 0.2m).Set("c", 1234567890.123456789m);

        Assert.Equal("""{"a":0.1,"b":0.1,"c":1234567890.123456789}""", input.ToString());
    }

    [Fact]
    public void Keys_are_sent_verbatim_and_setting_again_replaces_the_value_in_place()
    {
        var input = new KieInput().Set("aspectRatio", "16:9").Set("image_size ", "square").Set("Prompt", "x").Set("aspectRatio", "1:1");

        Assert.Equal(["aspectRatio", "image_size ", "Prompt"], input.Keys);
        Assert.Equal("""{"aspectRatio":"1:1","image_size ":"square","Prompt":"x"}""", input.ToString());
    }

    [Fact]
    public void A_nested_json_node_is_copied_not_aliased()
    {
        var settings = new JsonObject { ["style"] = "anime", ["layers"] = new JsonArray(1, 2) };
        var input = new KieInput().SetJson("settings", settings);

        settings["style"] = "photo";
        ((JsonArray)settings["layers"]!).Add(3);
        Assert.True(input.TryGetValue("settings", out var copy));
        copy!["style"] = "changed through the copy";

        Assert.Equal("""{"settings":{"style":"anime","layers":[1,2]}}""", input.ToString());
        Assert.Null(settings.Parent);
    }

    [Fact]
    public void A_node_that_already_has_a_parent_can_be_set()
    {
        var parent = new JsonObject { ["child"] = new JsonObject { ["x"] = 1 } };

        var input = new KieInput().SetJson("child", parent["child"]);

        Assert.Equal("""{"child":{"x":1}}""", input.ToString());
        Assert.Equal("""{"child":{"x":1}}""", parent.ToJsonString());
    }

    [Fact]
    public void Json_null_and_json_elements_can_be_set()
    {
        using var document = System.Text.Json.JsonDocument.Parse("""{"a":[1,{"b":true}],"n":null}""");

        var input = new KieInput().SetJson("nothing", (JsonNode?)null).SetJson("a", document.RootElement.GetProperty("a")).SetJson("n", document.RootElement.GetProperty("n"));

        Assert.Equal("""{"nothing":null,"a":[1,{"b":true}],"n":null}""", input.ToString());
    }

    [Fact]
    public void A_relative_uri_is_rejected()
    {
        var input = new KieInput();

        Assert.Throws<ArgumentException>(() => input.Set("image_url", new Uri("images/a.png", UriKind.Relative)));
        Assert.Throws<ArgumentException>(() => input.Set("image_urls", [new Uri("https://ok.example/a.png"), new Uri("/b.png", UriKind.Relative)]));
        Assert.Equal(0, input.Count);
    }

    [Fact]
    public void An_empty_key_is_rejected()
    {
        var input = new KieInput();

        Assert.Throws<ArgumentException>(() => input.Set("", "x"));
        Assert.Throws<ArgumentNullException>(() => input.Set(null!, 1L));
        Assert.Throws<ArgumentException>(() => input.SetJson("", new JsonObject()));
        Assert.Equal(0, input.Count);
    }

    [Fact]
    public void Remove_and_contains_work_on_verbatim_keys()
    {
        var input = new KieInput().Set("prompt", "x");

        Assert.True(input.Contains("prompt"));
        Assert.False(input.Contains("Prompt"));
        Assert.False(input.Remove("Prompt"));
        Assert.True(input.Remove("prompt"));
        Assert.Equal("{}", input.ToString());
    }

    [Fact]
    public async Task The_create_request_body_carries_the_input_verbatim()
    {
        using var kie = new Harness();
        kie.Server.Then(CreateTask, Kie.Created("t-1"));
        var request = new CreateTaskRequest("bytedance/seedream-v4") { CallbackUrl = new Uri("https://me.example/kie") };
        request.Input.Set("prompt", "x").Set("strength", 0.1m).Set("image_urls", [new Uri("https://files.example/1.png")]);

        await kie.Client.CreateTaskAsync(request);

        Assert.Equal(
            """{"model":"bytedance/seedream-v4","callBackUrl":"https://me.example/kie","input":{"prompt":"x","strength":0.1,"image_urls":["https://files.example/1.png"]}}""",
            kie.Server.Requests[0].Body);
    }
}
