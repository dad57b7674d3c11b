using Kie.Samples.TelegramBot.Archive;
using Kie.Samples.TelegramBot.Orders;
using Kie.Samples.TelegramBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Tests.Archive;

/// <summary>Orders run to the end in demo mode, and what the archive made of them.</summary>
internal static class ArchiveKit
{
    /// <summary>Funds the user, places an image order and drives fake time until it is captured.</summary>
    public static async Task<string> DeliveredOrderAsync(BotHarness bot, string prompt = "a lighthouse")
    {
        await bot.FundAsync(10_000);
        var orderId = await OrderKit.PlaceNewAsync(bot, prompt);
        await OrderKit.RunUntilStateAsync(bot, orderId, OrderState.Captured);
        return orderId;
    }

    /// <summary>The archive's record of a file, or null.</summary>
    public static Task<ArchiveRecord?> RecordAsync(BotHarness bot, string orderId, int index = 0) =>
        bot.Services.GetRequiredService<ArchiveRecords>().FindAsync(orderId, index);

    /// <summary>Drives fake time until the file's record is in <paramref name="state"/>; returns it.</summary>
    public static async Task<ArchiveRecord> RunUntilRecordAsync(BotHarness bot, string orderId, string state = "archived", int index = 0)
    {
        ArchiveRecord? record = null;
        await bot.RunUntilAsync(async () => (record = await RecordAsync(bot, orderId, index))?.State == state, $"result {index} of {orderId} to be {state}");
        return record!;
    }

    /// <summary>The order's result URL.</summary>
    public static async Task<Uri> ResultUrlAsync(BotHarness bot, string orderId, int index = 0) =>
        (await OrderKit.ResultsAsync(bot, orderId)).Single(file => file.Index == index).Url;

    /// <summary>The result's bytes as KIE serves them.</summary>
    public static async Task<byte[]> DownloadAsync(BotHarness bot, Uri url)
    {
        await using var download = await bot.Kie.DownloadFileAsync(url);
        return await ReadAllAsync(download.Content);
    }

    /// <summary>Reads a stream to its end.</summary>
    public static async Task<byte[]> ReadAllAsync(Stream stream)
    {
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    /// <summary>The lower-case hex SHA-256 of some bytes.</summary>
    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
}
