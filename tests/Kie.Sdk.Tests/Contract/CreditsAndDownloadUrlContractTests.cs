using WireMock.Server;

namespace Kie.Sdk.Tests.Contract;

/// <summary>GET /api/v1/chat/credit and POST /api/v1/common/download-url.</summary>
public sealed class CreditsAndDownloadUrlContractTests : IDisposable
{
    private readonly WireMockServer _server = WireMockServer.Start();

    public void Dispose() => _server.Dispose();

    [Theory]
    [InlineData(ClientPath.DependencyInjection, "100", "100")]
    [InlineData(ClientPath.Options, "35.95", "35.95")]
    [InlineData(ClientPath.Options, "\"1234.5\"", "1234.5")]
    [InlineData(ClientPath.Options, "0", "0")]
    public async Task Credit_is_a_GET_returning_a_decimal_from_a_number_or_numeric_text(ClientPath path, string data, string expected)
    {
        _server.Stub(Wire.Get(Wire.CreditPath), Wire.Reply(200, Wire.Envelope(data)));
        using var kie = ContractClient.Create(path, _server);

        var credits = await kie.Client.GetCreditsAsync();

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), credits);
        var sent = Assert.Single(_server.Received(Wire.CreditPath));
        Assert.Equal("GET", sent.Method);
        Assert.True(string.IsNullOrEmpty(sent.RawQuery), $"credit takes no query, got '{sent.RawQuery}'");
        Wire.AssertApiHeaders(sent, json: false);
    }

    [Theory]
    [InlineData("\"lots\"")]
    [InlineData("null")]
    [InlineData("{\"balance\":3}")]
    public async Task Credit_that_is_not_a_number_is_an_invalid_response(string data)
    {
        _server.Stub(Wire.Get(Wire.CreditPath), Wire.Reply(200, Wire.Envelope(data)));
        using var kie = ContractClient.Create(ClientPath.Options, _server);

        await Assert.ThrowsAsync<KieInvalidResponseException>(() => kie.Client.GetCreditsAsync());
    }

    [Theory]
    [InlineData(ClientPath.DependencyInjection)]
    [InlineData(ClientPath.Options)]
    public async Task Download_url_posts_the_url_field_and_returns_the_signed_link(ClientPath path)
    {
        _server.Stub(
            Wire.Post(Wire.DownloadUrlPath),
            Wire.Reply(200, Wire.Envelope("\"https://tempfile.aiquickdraw.com/s/ab12.png?sig=abc&exp=1\"")));
        using var kie = ContractClient.Create(path, _server);

        var link = await kie.Client.GetDownloadUrlAsync(new Uri("https://tempfile.aiquickdraw.com/s/ab12.png"));

        Assert.Equal(new Uri("https://tempfile.aiquickdraw.com/s/ab12.png?sig=abc&exp=1"), link);
        var sent = Assert.Single(_server.Received(Wire.DownloadUrlPath));
        Assert.Equal("POST", sent.Method);
        Wire.AssertApiHeaders(sent, json: true);
        var body = sent.JsonBody();
        Assert.Equal(["url"], body.PropertyNames());
        Assert.Equal("https://tempfile.aiquickdraw.com/s/ab12.png", body.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Download_url_for_a_non_KIE_url_is_a_validation_error()
    {
        _server.Stub(
            Wire.Post(Wire.DownloadUrlPath),
            Wire.Reply(422, Wire.Envelope("null", 422, "The url is not a KIE file url")));
        using var kie = ContractClient.Create(ClientPath.Options, _server);

        var error = await Assert.ThrowsAsync<KieValidationException>(() => kie.Client.GetDownloadUrlAsync(new Uri("https://example.org/cat.png")));

        Assert.Equal(System.Net.HttpStatusCode.UnprocessableEntity, error.HttpStatus);
        Assert.Equal(422, error.KieCode);
        Assert.Equal("The url is not a KIE file url", error.KieMessage);
        Assert.False(error.IsTransient);
        Assert.Equal("input", Assert.Single(error.Problems).Field);
        Assert.Single(_server.Received(Wire.DownloadUrlPath));
    }

    [Fact]
    public async Task Download_url_without_a_url_in_data_is_an_invalid_response()
    {
        _server.Stub(Wire.Post(Wire.DownloadUrlPath), Wire.Reply(200, Wire.Envelope("null")));
        using var kie = ContractClient.Create(ClientPath.Options, _server);

        await Assert.ThrowsAsync<KieInvalidResponseException>(() => kie.Client.GetDownloadUrlAsync(new Uri("https://tempfile.aiquickdraw.com/s/x.png")));
    }
}
