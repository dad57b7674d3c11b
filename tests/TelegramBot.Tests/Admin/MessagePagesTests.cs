using Kie.Samples.TelegramBot.Admin;

namespace Kie.Samples.TelegramBot.Tests.Admin;

/// <summary>Long admin replies are split into messages Telegram accepts.</summary>
public sealed class MessagePagesTests
{
    [Fact]
    public void Long_texts_split_at_line_breaks_within_the_limit_and_lose_nothing()
    {
        var lines = Enumerable.Range(0, 500).Select(index => $"line {index}: " + new string('x', index % 90)).ToArray();
        var text = string.Join('\n', lines);

        var pages = MessagePages.Split(text);

        Assert.True(pages.Count > 1);
        Assert.All(pages, page => Assert.InRange(page.Length, 1, MessagePages.PageLength));
        Assert.Equal(text, string.Join('\n', pages));
    }

    [Fact]
    public void A_line_longer_than_a_page_is_cut()
    {
        var text = new string('y', 10_000);

        var pages = MessagePages.Split(text, 4096);

        Assert.Equal([4096, 4096, 1808], pages.Select(page => page.Length));
    }
}
