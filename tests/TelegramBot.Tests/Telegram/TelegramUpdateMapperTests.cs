using System.Text.Json;
using System.Text.Json.Nodes;
using Kie.Samples.TelegramBot.Conversation;
using Kie.Samples.TelegramBot.Telegram;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Kie.Samples.TelegramBot.Tests.Telegram;

/// <summary>Update JSON as Telegram sends it, read by Telegram.Bot, mapped to the engine's events.</summary>
public sealed class TelegramUpdateMapperTests
{
    private const long UserId = 9001;

    [Fact]
    public void A_text_message_is_text_with_the_user_and_the_update_id()
    {
        var mapped = Assert.IsType<TextReceived>(Map(FakeUpdates.Text(17, UserId, "hello", "ru")));

        Assert.Equal("hello", mapped.Text);
        Assert.Equal(UserId, mapped.ChatId);
        Assert.Equal(17, mapped.UpdateId);
        Assert.Equal(new BotUser(UserId, "User9001", "user9001", "ru"), mapped.User);
    }

    [Fact]
    public void A_command_is_text_too()
    {
        Assert.Equal("/start ref_abc", Assert.IsType<TextReceived>(Map(FakeUpdates.Text(1, UserId, "/start ref_abc"))).Text);
    }

    [Fact]
    public void A_button_press_carries_its_data_its_id_and_the_message_it_belongs_to()
    {
        var mapped = Assert.IsType<ButtonPressed>(Map(FakeUpdates.Callback(5, UserId, "m:model:7", messageId: 640)));

        Assert.Equal("m:model:7", mapped.Data);
        Assert.Equal("cbq-5", mapped.CallbackId);
        Assert.Equal(new MessageRef(UserId, 640), mapped.Message);
        Assert.Equal(5, mapped.UpdateId);
    }

    [Fact]
    public void A_photo_is_a_file_with_the_largest_size()
    {
        var mapped = Assert.IsType<FileReceived>(Map(FakeUpdates.Photo(8, UserId, "AgAC-big", caption: "like this")));

        Assert.Equal(SentFileKind.Photo, mapped.Kind);
        Assert.Equal("AgAC-big", mapped.FileId);
        Assert.Equal(120_000, mapped.Size);
        Assert.Equal("image/jpeg", mapped.MediaType);
        Assert.Equal("like this", mapped.Caption);
    }

    [Fact]
    public void Documents_videos_audio_and_voice_are_files_of_their_kind()
    {
        var document = Assert.IsType<FileReceived>(Map(FakeUpdates.Document(1, UserId, "doc-id", "face.png", "image/png", 2048)));
        Assert.Equal((SentFileKind.Document, "doc-id", "face.png", "image/png", 2048L), (document.Kind, document.FileId, document.FileName, document.MediaType, document.Size!.Value));

        var video = Assert.IsType<FileReceived>(Map(FakeUpdates.Video(2, UserId, "vid-id")));
        Assert.Equal((SentFileKind.Video, "vid-id", "video/mp4"), (video.Kind, video.FileId, video.MediaType));

        var audio = Assert.IsType<FileReceived>(Map(FakeUpdates.Audio(3, UserId, "aud-id")));
        Assert.Equal((SentFileKind.Audio, "aud-id", "song.mp3"), (audio.Kind, audio.FileId, audio.FileName));

        var voice = Assert.IsType<FileReceived>(Map(FakeUpdates.Voice(4, UserId, "voice-id")));
        Assert.Equal((SentFileKind.Audio, "voice-id", "audio/ogg"), (voice.Kind, voice.FileId, voice.MediaType));
    }

    [Fact]
    public void A_pre_checkout_query_keeps_id_currency_amount_and_payload()
    {
        var mapped = Assert.IsType<PreCheckoutRequested>(Map(FakeUpdates.PreCheckout(30, UserId, "inv:1", 250)));

        Assert.Equal(("pcq-30", "XTR", 250L, "inv:1", UserId, UserId), (mapped.QueryId, mapped.Currency, mapped.TotalAmount, mapped.Payload, mapped.ChatId, mapped.User.Id));
        Assert.Equal(30, mapped.UpdateId);
    }

    [Fact]
    public void A_successful_payment_keeps_the_charge_id()
    {
        var mapped = Assert.IsType<PaymentReceived>(Map(FakeUpdates.SuccessfulPayment(31, UserId, "inv:1", 250, "charge-xyz")));

        Assert.Equal(("XTR", 250L, "inv:1", "charge-xyz"), (mapped.Currency, mapped.TotalAmount, mapped.Payload, mapped.ChargeId));
        Assert.Null(mapped.ProviderChargeId);
        Assert.Equal(31, mapped.UpdateId);
    }

    [Fact]
    public void A_refunded_payment_is_a_refund()
    {
        var mapped = Assert.IsType<PaymentRefunded>(Map(FakeUpdates.RefundedPayment(32, UserId, "inv:1", 250, "charge-xyz")));

        Assert.Equal(("charge-xyz", 250L), (mapped.ChargeId, mapped.TotalAmount));
    }

    [Fact]
    public void Edits_stickers_and_unknown_updates_are_ignored()
    {
        Assert.Null(Map(FakeUpdates.EditedText(40, UserId, "changed")));
        Assert.Null(Map(FakeUpdates.Sticker(41, UserId)));
        Assert.Null(Map(new JsonObject { ["update_id"] = 42, ["poll"] = new JsonObject { ["id"] = "p", ["question"] = "?", ["options"] = new JsonArray(), ["total_voter_count"] = 0, ["is_closed"] = false, ["is_anonymous"] = true, ["type"] = "regular", ["allows_multiple_answers"] = false } }));
    }

    [Fact]
    public void The_bot_asks_for_messages_button_presses_and_pre_checkout_queries_only()
    {
        Assert.Equal(
            [global::Telegram.Bot.Types.Enums.UpdateType.Message, global::Telegram.Bot.Types.Enums.UpdateType.CallbackQuery, global::Telegram.Bot.Types.Enums.UpdateType.PreCheckoutQuery],
            TelegramUpdateMapper.AllowedUpdates);
    }

    private static BotEvent? Map(JsonObject json) =>
        TelegramUpdateMapper.Map(JsonSerializer.Deserialize<Update>(json.ToJsonString(), JsonBotAPI.Options)!);
}
