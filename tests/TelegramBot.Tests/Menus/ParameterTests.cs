using Kie.Samples.TelegramBot.Tests.Support;

namespace Kie.Samples.TelegramBot.Tests.Menus;

public sealed class ParameterTests
{
    [Fact]
    public async Task Required_values_are_asked_in_turn_then_the_overview_shows_them()
    {
        await using var bot = BotHarness.Create();
        await MenuKit.OpenAsync(bot, "kling-2.6", "text-to-video");
        Assert.Contains("Send prompt as a message.", MenuKit.Last(bot).Text, StringComparison.Ordinal);

        await bot.SendTextAsync("a cat surfing a wave");
        Assert.Contains("Choose sound:", MenuKit.Last(bot).Text, StringComparison.Ordinal);
        Assert.Equal(["Yes", "No"], MenuKit.Last(bot).AllButtons.Take(2).Select(button => button.Label));

        await bot.PressAsync(MenuKit.Set("sound", "true"));
        Assert.Contains("Choose aspect_ratio:", MenuKit.Last(bot).Text, StringComparison.Ordinal);
        await bot.PressAsync(MenuKit.Set("aspect_ratio", "16:9"));
        Assert.Contains("Choose duration:", MenuKit.Last(bot).Text, StringComparison.Ordinal);
        await bot.PressAsync(MenuKit.Set("duration", "10"));

        var overview = MenuKit.Last(bot).Text;
        Assert.Contains("• prompt*: a cat surfing a wave", overview, StringComparison.Ordinal);
        Assert.Contains("• sound*: Yes", overview, StringComparison.Ordinal);
        Assert.Contains("• aspect_ratio*: 16:9", overview, StringComparison.Ordinal);
        Assert.Contains("• duration*: 10", overview, StringComparison.Ordinal);
        var session = await MenuKit.SessionAsync(bot);
        Assert.True(session.Parameters["sound"]!.GetValue<bool>());
        Assert.Equal("10", session.Parameters["duration"]!.GetValue<string>());
    }

    [Fact]
    public async Task Choice_buttons_mark_the_current_value_and_a_new_press_moves_the_mark()
    {
        await using var bot = BotHarness.Create();
        await MenuKit.OpenAsync(bot, "nano-banana", "text-to-image");
        await bot.SendTextAsync("a lighthouse");

        await bot.PressAsync(MenuKit.Param("image_size"));
        Assert.DoesNotContain(MenuKit.Last(bot).AllButtons, button => button.Label.StartsWith('✅'));
        await bot.PressAsync(MenuKit.Set("image_size", "21:9"));
        await bot.PressAsync(MenuKit.Param("image_size"));
        Assert.Equal("✅ 21:9", MenuKit.Label(bot, MenuKit.Set("image_size", "21:9")));
        Assert.Equal("1:1", MenuKit.Label(bot, MenuKit.Set("image_size", "1:1")));

        await bot.PressAsync(MenuKit.Set("image_size", "1:1"));
        await bot.PressAsync(MenuKit.Param("image_size"));
        Assert.Equal("✅ 1:1", MenuKit.Label(bot, MenuKit.Set("image_size", "1:1")));
        Assert.Equal("21:9", MenuKit.Label(bot, MenuKit.Set("image_size", "21:9")));
    }

    [Fact]
    public async Task A_flag_with_a_default_marks_the_default_until_changed()
    {
        await using var bot = BotHarness.Create();
        await MenuKit.OpenAsync(bot, "seedance-2", "text-to-video");
        await bot.SendTextAsync("a paper boat");

        await bot.PressAsync(MenuKit.Param("generate_audio"));
        Assert.Equal("✅ Yes", MenuKit.Label(bot, MenuKit.Set("generate_audio", "true")));

        await bot.PressAsync(MenuKit.Set("generate_audio", "false"));
        Assert.Contains("• generate_audio: No", MenuKit.Last(bot).Text, StringComparison.Ordinal);
        Assert.False((await MenuKit.SessionAsync(bot)).Parameters["generate_audio"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_number_out_of_range_is_refused_with_the_allowed_range_and_asked_again()
    {
        await using var bot = BotHarness.Create();
        await MenuKit.OpenAsync(bot, "seedream-3", "text-to-image");
        await bot.SendTextAsync("a quiet harbour");
        await bot.PressAsync(MenuKit.Param("guidance_scale"));
        Assert.Contains("Allowed: a number from 1 to 10", MenuKit.Last(bot).Text, StringComparison.Ordinal);
        Assert.Contains("Now: 2.5 (default)", MenuKit.Last(bot).Text, StringComparison.Ordinal);

        await bot.SendTextAsync("50");
        var refusal = MenuKit.Last(bot).Text;
        Assert.Contains("50 is above the maximum 10", refusal, StringComparison.Ordinal);
        Assert.Contains("Allowed: a number from 1 to 10", refusal, StringComparison.Ordinal);
        Assert.Contains("send guidance_scale again", refusal, StringComparison.Ordinal);
        Assert.Equal("guidance_scale", (await MenuKit.SessionAsync(bot)).Awaiting);

        await bot.SendTextAsync("lots");
        Assert.Contains("must be a number", MenuKit.Last(bot).Text, StringComparison.Ordinal);

        await bot.SendTextAsync("7,5");
        var session = await MenuKit.SessionAsync(bot);
        Assert.Null(session.Awaiting);
        Assert.Equal(7.5m, session.Parameters["guidance_scale"]!.GetValue<decimal>());
        Assert.Contains("• guidance_scale: 7.5", MenuKit.Last(bot).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_whole_number_parameter_names_its_range_and_refuses_fractions()
    {
        await using var bot = BotHarness.Create();
        await MenuKit.OpenAsync(bot, "qwen-image", "text-to-image");
        await bot.SendTextAsync("a bowl of cherries");
        await bot.PressAsync(MenuKit.Param("num_inference_steps"));

        await bot.SendTextAsync("2.5");
        Assert.Contains("a whole number from 2 to 250", MenuKit.Last(bot).Text, StringComparison.Ordinal);
        await bot.SendTextAsync("300");
        Assert.Contains("300 is above the maximum 250", MenuKit.Last(bot).Text, StringComparison.Ordinal);
        await bot.SendTextAsync("40");

        Assert.Equal(40, (await MenuKit.SessionAsync(bot)).Parameters["num_inference_steps"]!.GetValue<long>());
    }

    [Fact]
    public async Task A_too_long_prompt_is_refused_with_its_limit()
    {
        await using var bot = BotHarness.Create();
        await MenuKit.OpenAsync(bot, "z-image", "text-to-image");

        await bot.SendTextAsync(new string('a', 1001));

        Assert.Contains("the most is 1000", MenuKit.Last(bot).Text, StringComparison.Ordinal);
        Assert.Contains("text of at most 1000 characters", MenuKit.Last(bot).Text, StringComparison.Ordinal);
        Assert.False((await MenuKit.SessionAsync(bot)).Parameters.ContainsKey("prompt"));
    }

    [Fact]
    public async Task Skip_clears_an_optional_value_so_its_default_applies_and_required_values_have_no_skip()
    {
        await using var bot = BotHarness.Create();
        await MenuKit.OpenAsync(bot, "seedream-3", "text-to-image");
        Assert.DoesNotContain(MenuKit.Skip("prompt"), MenuKit.Buttons(bot));
        await bot.SendTextAsync("a foggy street");
        await bot.PressAsync(MenuKit.Param("guidance_scale"));
        await bot.SendTextAsync("4");
        Assert.Contains("• guidance_scale: 4", MenuKit.Last(bot).Text, StringComparison.Ordinal);

        await bot.PressAsync(MenuKit.Param("guidance_scale"));
        Assert.Contains(MenuKit.Skip("guidance_scale"), MenuKit.Buttons(bot));
        await bot.PressAsync(MenuKit.Skip("guidance_scale"));

        Assert.Contains("• guidance_scale: 2.5 (default)", MenuKit.Last(bot).Text, StringComparison.Ordinal);
        var session = await MenuKit.SessionAsync(bot);
        Assert.False(session.Parameters.ContainsKey("guidance_scale"));
        Assert.Null(session.Awaiting);
    }

    [Fact]
    public async Task A_choice_that_breaks_a_rule_across_parameters_is_refused_with_the_reason()
    {
        await using var bot = BotHarness.Create();
        await MenuKit.OpenAsync(bot, "gpt-image-2", "text-to-image");
        await bot.SendTextAsync("a glass city");
        await bot.PressAsync(MenuKit.Param("resolution"));
        await bot.PressAsync(MenuKit.Set("resolution", "4K"));
        await bot.PressAsync(MenuKit.Param("aspect_ratio"));

        var pressed = await bot.PressAsync(MenuKit.Set("aspect_ratio", "1:1"));

        Assert.Contains("1:1 cannot be rendered at 4K", MenuKit.Answer(bot, pressed), StringComparison.Ordinal);
        Assert.False((await MenuKit.SessionAsync(bot)).Parameters.ContainsKey("aspect_ratio"));
    }

    [Fact]
    public async Task Text_while_a_choice_is_shown_gets_the_neutral_reply_and_changes_nothing()
    {
        await using var bot = BotHarness.Create();
        await MenuKit.OpenAsync(bot, "kling-2.6", "text-to-video");
        await bot.SendTextAsync("a cat");
        var before = await MenuKit.SessionAsync(bot);

        await bot.SendTextAsync("yes please");

        Assert.EndsWith("I don't know that command — see /help", MenuKit.Last(bot).Text, StringComparison.Ordinal);
        Assert.Equal(before.Parameters.Keys, (await MenuKit.SessionAsync(bot)).Parameters.Keys);
    }
}
