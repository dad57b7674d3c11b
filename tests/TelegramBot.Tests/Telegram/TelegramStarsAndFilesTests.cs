using Kie.Samples.TelegramBot.Conversation;

namespace Kie.Samples.TelegramBot.Tests.Telegram;

/// <summary>Stars invoices, pre-checkout answers, refunds, the transaction list and downloads of users' files on the wire.</summary>
public sealed class TelegramStarsAndFilesTests : IDisposable
{
    private const long User = 5005;
    private readonly AdapterHarness _adapter = AdapterHarness.Create();

    [Fact]
    public async Task An_invoice_is_a_Stars_invoice_with_one_price_and_an_empty_provider_token()
    {
        var sent = await _adapter.Gateway.SendInvoiceAsync(User, new InvoiceScreen("250 Stars", "Top up your balance", "inv:7f3a", 250, "topup-7f3a"));

        var call = Assert.Single(_adapter.Api.CallsTo("sendInvoice"));
        Assert.Equal(User, call.Number("chat_id"));
        Assert.Equal("250 Stars", call.Text("title"));
        Assert.Equal("Top up your balance", call.Text("description"));
        Assert.Equal("inv:7f3a", call.Text("payload"));
        Assert.Equal("XTR", call.Text("currency"));
        Assert.Equal("", call.Text("provider_token"));
        Assert.Equal("topup-7f3a", call.Text("start_parameter"));
        var price = Assert.Single(call.Body["prices"]!.AsArray());
        Assert.Equal(250, price!["amount"]!.GetValue<long>());
        Assert.Equal(User, sent.ChatId);
    }

    [Fact]
    public async Task A_pre_checkout_query_is_accepted_without_an_error_message_and_refused_with_one()
    {
        await _adapter.Gateway.AnswerPreCheckoutAsync("pcq-1", null);
        await _adapter.Gateway.AnswerPreCheckoutAsync("pcq-2", "This invoice has expired.");

        var calls = _adapter.Api.CallsTo("answerPreCheckoutQuery");
        Assert.Equal("pcq-1", calls[0].Text("pre_checkout_query_id"));
        Assert.False(calls[0].Has("error_message"));
        Assert.Equal("true", calls[0].Text("ok"));
        Assert.Equal("pcq-2", calls[1].Text("pre_checkout_query_id"));
        Assert.Equal("false", calls[1].Text("ok"));
        Assert.Equal("This invoice has expired.", calls[1].Text("error_message"));
    }

    [Fact]
    public async Task A_refund_names_the_payer_and_the_charge()
    {
        await _adapter.Gateway.RefundStarPaymentAsync(User, "charge-1");

        var call = Assert.Single(_adapter.Api.CallsTo("refundStarPayment"));
        Assert.Equal(User, call.Number("user_id"));
        Assert.Equal("charge-1", call.Text("telegram_payment_charge_id"));
    }

    [Fact]
    public async Task A_charge_refunded_before_counts_as_refunded()
    {
        _adapter.Api.FailNext("refundStarPayment", BotApiError.AlreadyRefunded);

        await _adapter.Gateway.RefundStarPaymentAsync(User, "charge-1");

        Assert.Equal(("refundStarPayment", BotApiError.AlreadyRefunded), Assert.Single(_adapter.Api.Refusals));
    }

    [Fact]
    public async Task Other_refund_failures_surface()
    {
        _adapter.Api.FailNext("refundStarPayment", BotApiError.BadRequest("CHARGE_NOT_FOUND"));

        var error = await Assert.ThrowsAsync<ChatGatewayException>(() => _adapter.Gateway.RefundStarPaymentAsync(User, "nope"));

        Assert.Equal(ChatFailure.BadRequest, error.Failure);
    }

    [Fact]
    public async Task Star_payments_are_the_incoming_user_payments_with_charge_id_payer_amount_and_payload()
    {
        _adapter.Api.AddStarTransaction(FakeUpdates.IncomingStars("charge-a", User, 100, "inv:a"));
        _adapter.Api.AddStarTransaction(FakeUpdates.OutgoingRefund("charge-a", User, 100));
        _adapter.Api.AddStarTransaction(FakeUpdates.IncomingStars("charge-b", 6006, 50, null));

        var payments = await _adapter.Gateway.GetStarPaymentsAsync(0, 10);

        Assert.Equal(2, payments.Count);
        Assert.Equal(new StarPayment("charge-a", User, 100, "inv:a", payments[0].Date), payments[0]);
        Assert.Equal(new StarPayment("charge-b", 6006, 50, null, payments[1].Date), payments[1]);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_900_000_000), payments[0].Date);
    }

    [Fact]
    public async Task Star_payment_pages_count_payments_not_transactions()
    {
        // 150 payments, each followed by a refund: 300 transactions over three Bot API pages.
        for (var i = 0; i < 150; i++)
        {
            _adapter.Api.AddStarTransaction(FakeUpdates.IncomingStars($"charge-{i}", User, 10, $"inv:{i}"));
            _adapter.Api.AddStarTransaction(FakeUpdates.OutgoingRefund($"charge-{i}", User, 10));
        }

        var first = await _adapter.Gateway.GetStarPaymentsAsync(0, 100);
        var second = await _adapter.Gateway.GetStarPaymentsAsync(100, 100);

        Assert.Equal(100, first.Count);
        Assert.Equal("charge-99", first[^1].ChargeId);
        Assert.Equal(50, second.Count);
        Assert.Equal("charge-100", second[0].ChargeId);
        Assert.All(_adapter.Api.CallsTo("getStarTransactions"), call => Assert.Equal(100, call.Number("limit")));
    }

    [Fact]
    public async Task A_users_file_is_fetched_with_getFile_and_downloaded()
    {
        var bytes = Enumerable.Range(0, 5000).Select(i => (byte)i).ToArray();
        _adapter.Api.AddUserFile("AgACphoto", bytes);

        await using var stream = await _adapter.Gateway.OpenUserFileAsync("AgACphoto");
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);

        Assert.Equal(bytes, copy.ToArray());
        Assert.Equal("AgACphoto", Assert.Single(_adapter.Api.CallsTo("getFile")).Text("file_id"));
    }

    [Fact]
    public async Task A_file_over_20_MB_is_a_bad_request()
    {
        _adapter.Api.AddUserFile("huge", [1, 2, 3], declaredSize: 21L * 1024 * 1024);

        var error = await Assert.ThrowsAsync<ChatGatewayException>(() => _adapter.Gateway.OpenUserFileAsync("huge"));

        Assert.Equal(ChatFailure.BadRequest, error.Failure);
    }

    public void Dispose() => _adapter.Dispose();
}
