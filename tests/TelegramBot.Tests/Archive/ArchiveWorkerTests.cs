using System.Net;
using Kie.Samples.TelegramBot.Archive;
using Kie.Samples.TelegramBot.Tests.Support;
using Kie.Sdk.Testing;
using Kie.Sdk.Tests.Behaviour;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Kie.Samples.TelegramBot.Tests.Archive;

/// <summary>The archive worker in demo mode: copies after delivery, resumes after a restart, retries, gives up.</summary>
public sealed class ArchiveWorkerTests
{
    [Fact]
    public async Task A_delivered_result_is_copied_to_the_folder_next_to_the_database_with_its_size_and_hash()
    {
        await using var bot = BotHarness.Create();
        await bot.StartAsync();
        var orderId = await ArchiveKit.DeliveredOrderAsync(bot);

        var record = await ArchiveKit.RunUntilRecordAsync(bot, orderId);

        var expected = await ArchiveKit.DownloadAsync(bot, await ArchiveKit.ResultUrlAsync(bot, orderId));
        Assert.Equal(LocalResultStore.StoreName, record.Store);
        Assert.Equal(orderId + "/0.png", record.Key);
        Assert.Equal(expected.Length, record.Size);
        Assert.Equal(ArchiveKit.Sha256(expected), record.Sha256);
        Assert.Equal("image/png", record.ContentType);
        Assert.Equal(bot.Clock.GetUtcNow().ToUnixTimeMilliseconds(), record.ArchivedAt!.Value.ToUnixTimeMilliseconds(), 3_600_000d);
        var file = Path.Combine(bot.Directory, "archive", orderId, "0.png");
        Assert.Equal(expected, await File.ReadAllBytesAsync(file));
        Assert.Empty(Directory.GetFiles(Path.Combine(bot.Directory, "archive"), "*.part", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Archived_results_open_the_copy_and_nothing_for_files_not_archived()
    {
        await using var bot = BotHarness.Create();
        await bot.StartAsync();
        var orderId = await ArchiveKit.DeliveredOrderAsync(bot);
        await ArchiveKit.RunUntilRecordAsync(bot, orderId);
        var archive = bot.Services.GetRequiredService<IArchivedResults>();

        await using (var content = await archive.OpenAsync(orderId, 0))
        {
            Assert.NotNull(content);
            var bytes = await ArchiveKit.ReadAllAsync(content.Content);
            Assert.Equal(await ArchiveKit.DownloadAsync(bot, await ArchiveKit.ResultUrlAsync(bot, orderId)), bytes);
            Assert.Equal(bytes.Length, content.Length);
            Assert.Equal(orderId + "-1.png", content.FileName);
        }

        Assert.Null(await archive.OpenAsync(orderId, 1));
        Assert.Null(await archive.OpenAsync("NOSUCHORDR", 0));
    }

    [Fact]
    public async Task A_restart_resumes_a_file_whose_copy_was_interrupted()
    {
        var gate = new StoreGate();
        using var kie = new DurableKie();
        await using var bot = BotHarness.Create(configureServices: services =>
        {
            kie.Register(services);
            services.AddSingleton(provider =>
                new ArchiveStores(new GatedStore(new LocalResultStore(ArchiveStores.DefaultFolder(provider.GetRequiredService<Kie.Samples.TelegramBot.Hosting.BotOptions>().Database)), gate)));
        });
        await bot.StartAsync();
        var orderId = await ArchiveKit.DeliveredOrderAsync(bot);
        await bot.RunUntilAsync(() => gate.PutsStarted > 0, "the copy to start");

        // The process dies while the copy is being written.
        await bot.RestartAsync();
        Assert.Null(await ArchiveKit.RecordAsync(bot, orderId));
        gate.Open();

        var record = await ArchiveKit.RunUntilRecordAsync(bot, orderId);
        Assert.Equal(0, record.Attempts);
        await using var content = await bot.Services.GetRequiredService<IArchivedResults>().OpenAsync(orderId, 0);
        Assert.Equal(record.Size, (await ArchiveKit.ReadAllAsync(content!.Content)).Length);
    }

    [Fact]
    public async Task A_failing_download_is_retried_with_growing_delays_and_then_copied()
    {
        await using var bot = BotHarness.Create(new Dictionary<string, string?>
        {
            ["Bot:Archive:FirstRetryDelay"] = "00:00:10",
            ["Bot:Archive:MaxAttempts"] = "5",
        });
        bot.Simulator!.EnqueueFault("_0.png", KieSimulatorFault.Status(HttpStatusCode.BadRequest, "storage hiccup"));
        bot.Simulator.EnqueueFault("_0.png", KieSimulatorFault.Status(HttpStatusCode.BadRequest, "storage hiccup"));
        await bot.StartAsync();
        var orderId = await ArchiveKit.DeliveredOrderAsync(bot);

        var first = await ArchiveKit.RunUntilRecordAsync(bot, orderId, "retrying");
        Assert.Contains("400", first.LastError, StringComparison.Ordinal);
        var record = await ArchiveKit.RunUntilRecordAsync(bot, orderId);

        Assert.Equal(2, record.Attempts);
        Assert.Equal(3, bot.Simulator.CountRequests("_0.png"));
        Assert.NotNull(record.Sha256);
    }

    [Fact]
    public async Task A_download_that_keeps_failing_is_recorded_with_its_last_error_and_left_alone()
    {
        await using var bot = BotHarness.Create(new Dictionary<string, string?>
        {
            ["Bot:Archive:FirstRetryDelay"] = "00:00:10",
            ["Bot:Archive:MaxAttempts"] = "3",
        });
        for (var i = 0; i < 10; i++)
        {
            bot.Simulator!.EnqueueFault("_0.png", KieSimulatorFault.Status(HttpStatusCode.BadRequest, "gone for good"));
        }

        await bot.StartAsync();
        var orderId = await ArchiveKit.DeliveredOrderAsync(bot);

        var record = await ArchiveKit.RunUntilRecordAsync(bot, orderId, "failed");
        Assert.Equal(3, record.Attempts);
        Assert.Contains("400", record.LastError, StringComparison.Ordinal);
        Assert.Null(record.Key);
        var requests = bot.Simulator!.CountRequests("_0.png");
        Assert.Equal(3, requests);

        // A day later, and woken, the worker leaves it alone.
        bot.Clock.Advance(TimeSpan.FromDays(1));
        bot.Services.GetRequiredService<ArchiveSignal>().Wake();
        await TestClock.QuietAsync();
        Assert.Equal(requests, bot.Simulator.CountRequests("_0.png"));
        Assert.Equal("failed", (await ArchiveKit.RecordAsync(bot, orderId))!.State);
        Assert.Null(await bot.Services.GetRequiredService<IArchivedResults>().OpenAsync(orderId, 0));
    }

    [Fact]
    public async Task A_disabled_archive_runs_no_worker_and_copies_nothing()
    {
        await using var bot = BotHarness.Create(new Dictionary<string, string?> { ["Bot:Archive:Enabled"] = "false" });
        await bot.StartAsync();
        var orderId = await ArchiveKit.DeliveredOrderAsync(bot);
        await OrderKit.RunUntilOutboxEmptyAsync(bot);

        Assert.DoesNotContain(bot.Services.GetServices<IHostedService>(), service => service is ArchiveWorker);
        Assert.Null(await ArchiveKit.RecordAsync(bot, orderId));
        Assert.False(Directory.Exists(Path.Combine(bot.Directory, "archive", orderId)));
    }

    /// <summary>Holds every write until opened (a copy in progress when the process dies).</summary>
    private sealed class StoreGate
    {
        private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _putsStarted;

        public int PutsStarted => Volatile.Read(ref _putsStarted);

        public void Open() => _open.TrySetResult();

        public async Task PassAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _putsStarted);
            await _open.Task.WaitAsync(cancellationToken);
        }
    }

    private sealed class GatedStore(IResultStore inner, StoreGate gate) : IResultStore
    {
        public string Name => inner.Name;

        public bool AcceptsForwardOnlyContent => inner.AcceptsForwardOnlyContent;

        public Task PrepareAsync(CancellationToken cancellationToken = default) => inner.PrepareAsync(cancellationToken);

        public async Task PutAsync(string key, Stream content, long length, string? contentType, CancellationToken cancellationToken = default)
        {
            await gate.PassAsync(cancellationToken);
            await inner.PutAsync(key, content, length, contentType, cancellationToken);
        }

        public Task<StoredObject?> OpenAsync(string key, CancellationToken cancellationToken = default) => inner.OpenAsync(key, cancellationToken);
    }
}
