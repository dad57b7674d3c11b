using System.Text.Json.Nodes;
using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Telegram;

namespace Kie.Samples.TelegramBot.Tests.Telegram;

/// <summary>Screens, edits and callback answers on the wire: the real TelegramBotClient against the fake Bot API.</summary>
public sealed class TelegramChatGatewayTests : IDisposable
{
    private const long Chat = 4242;
    private readonly AdapterHarness _adapter = AdapterHarness.Create();

    [Fact]
    public async Task A_screen_becomes_sendMessage_with_plain_text_and_an_inline_keyboard()
    {
        var screen = new Screen("Pick <b>one</b> & go", [
            [ScreenButton.Callback("Images", "m:cat:image"), ScreenButton.Callback("Video", "m:cat:video")],
            [ScreenButton.Link("Docs", new Uri("https://kie.ai/docs"))],
        ]);

        var sent = await _adapter.Gateway.SendAsync(Chat, screen);

        var call = Assert.Single(_adapter.Api.CallsTo("sendMessage"));
        Assert.False(call.Multipart);
        Assert.Equal(Chat, call.Number("chat_id"));
        Assert.Equal("Pick <b>one</b> & go", call.Text("text"));
        Assert.False(call.Has("parse_mode"));
        var keyboard = call.Body["reply_markup"]!["inline_keyboard"]!.AsArray();
        Assert.Equal(2, keyboard.Count);
        Assert.Equal("Images", keyboard[0]![0]!["text"]!.GetValue<string>());
        Assert.Equal("m:cat:image", keyboard[0]![0]!["callback_data"]!.GetValue<string>());
        Assert.Equal("m:cat:video", keyboard[0]![1]!["callback_data"]!.GetValue<string>());
        Assert.Equal("https://kie.ai/docs", keyboard[1]![0]!["url"]!.GetValue<string>());
        Assert.Null(keyboard[1]![0]!["callback_data"]);
        Assert.Equal(Chat, sent.ChatId);
        Assert.Equal("Pick <b>one</b> & go", _adapter.Api.MessageAt(Chat, sent.MessageId)["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_screen_without_buttons_sends_no_reply_markup()
    {
        await _adapter.Gateway.SendAsync(Chat, new Screen("Just text"));

        Assert.False(Assert.Single(_adapter.Api.CallsTo("sendMessage")).Has("reply_markup"));
    }

    [Fact]
    public async Task An_edit_becomes_editMessageText_on_the_same_message()
    {
        var sent = await _adapter.Gateway.SendAsync(Chat, new Screen("Step 1", [[ScreenButton.Callback("Next", "n:1")]]));

        await _adapter.Gateway.EditAsync(sent, new Screen("Step 2", [[ScreenButton.Callback("Back", "b:1")]]));

        var call = Assert.Single(_adapter.Api.CallsTo("editMessageText"));
        Assert.Equal(Chat, call.Number("chat_id"));
        Assert.Equal(sent.MessageId, call.Number("message_id"));
        Assert.Equal("Step 2", call.Text("text"));
        Assert.Equal("b:1", call.Body["reply_markup"]!["inline_keyboard"]![0]![0]!["callback_data"]!.GetValue<string>());
        Assert.Equal("Step 2", _adapter.Api.MessageAt(Chat, sent.MessageId)["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Editing_to_identical_content_is_success_although_Telegram_answers_400()
    {
        var screen = new Screen("Same", [[ScreenButton.Callback("Same", "s:1")]]);
        var sent = await _adapter.Gateway.SendAsync(Chat, screen);

        await _adapter.Gateway.EditAsync(sent, screen);

        Assert.Single(_adapter.Api.CallsTo("editMessageText"));
        Assert.Equal(("editMessageText", BotApiError.NotModified), Assert.Single(_adapter.Api.Refusals));
    }

    [Fact]
    public async Task Editing_a_message_Telegram_does_not_know_is_a_bad_request()
    {
        var error = await Assert.ThrowsAsync<ChatGatewayException>(() => _adapter.Gateway.EditAsync(new MessageRef(Chat, 99_999), new Screen("x")));

        Assert.Equal(ChatFailure.BadRequest, error.Failure);
    }

    [Fact]
    public async Task Text_longer_than_4096_characters_is_cut_with_an_ellipsis()
    {
        var text = new string('a', 4095) + "😀" + new string('b', 100);

        await _adapter.Gateway.SendAsync(Chat, new Screen(text));

        var sent = Assert.Single(_adapter.Api.CallsTo("sendMessage")).Text("text")!;
        Assert.Equal(4096, sent.Length);
        Assert.EndsWith("a…", sent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Callback_data_over_64_bytes_is_refused_by_the_Bot_API_as_Telegram_does()
    {
        // 33 Cyrillic letters are 33 characters but 66 bytes.
        var data = new string('ж', 33);

        var error = await Assert.ThrowsAsync<ChatGatewayException>(() => _adapter.Gateway.SendAsync(Chat, new Screen("x", [[ScreenButton.Callback("Go", data)]])));

        Assert.Equal(ChatFailure.BadRequest, error.Failure);
        Assert.Contains("BUTTON_DATA_INVALID", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Callback_data_of_exactly_64_bytes_is_accepted()
    {
        await _adapter.Gateway.SendAsync(Chat, new Screen("x", [[ScreenButton.Callback("Go", new string('ж', 32))]]));

        Assert.Single(_adapter.Api.CallsTo("sendMessage"));
    }

    [Fact]
    public async Task A_button_answer_carries_the_notice_cut_to_200_characters()
    {
        await _adapter.Gateway.AnswerButtonAsync("cbq-1", new string('n', 250));
        await _adapter.Gateway.AnswerButtonAsync("cbq-2");

        var calls = _adapter.Api.CallsTo("answerCallbackQuery");
        Assert.Equal("cbq-1", calls[0].Text("callback_query_id"));
        Assert.Equal(200, calls[0].Text("text")!.Length);
        Assert.EndsWith("…", calls[0].Text("text"), StringComparison.Ordinal);
        Assert.Equal("cbq-2", calls[1].Text("callback_query_id"));
        Assert.False(calls[1].Has("text"));
    }

    [Fact]
    public async Task Answering_a_press_Telegram_already_gave_up_on_is_not_an_error()
    {
        _adapter.Api.FailNext("answerCallbackQuery", BotApiError.QueryTooOld);

        await _adapter.Gateway.AnswerButtonAsync("cbq-old");

        Assert.Equal(("answerCallbackQuery", BotApiError.QueryTooOld), Assert.Single(_adapter.Api.Refusals));
    }

    [Theory]
    [InlineData("plain", 10, "plain")]
    [InlineData("0123456789", 10, "0123456789")]
    [InlineData("0123456789A", 10, "012345678…")]
    public void Truncation_keeps_text_that_fits_and_cuts_the_rest(string text, int limit, string expected) =>
        Assert.Equal(expected, TelegramText.Truncate(text, limit));

    [Fact]
    public void Truncation_never_splits_a_surrogate_pair()
    {
        var cut = TelegramText.Truncate("abcdefgh😀xyz", 10);

        Assert.Equal("abcdefgh…", cut);
        Assert.False(char.IsHighSurrogate(cut[^2]));
    }

    public void Dispose() => _adapter.Dispose();
}
