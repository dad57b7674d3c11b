using Kie.Samples.TelegramBot.Archive;
using Kie.Samples.TelegramBot.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Kie.Samples.TelegramBot.Tests.Archive;

/// <summary>The archive's settings: defaults, the choice of store, and start-up validation that names keys, never secrets.</summary>
public sealed class ArchiveOptionsTests
{
    [Fact]
    public void By_default_results_go_to_an_archive_folder_next_to_the_database()
    {
        var options = new ArchiveOptions();
        using var stores = new ArchiveStores(options, new BotOptions());

        Assert.True(options.Enabled);
        var local = Assert.IsType<LocalResultStore>(stores.Active);
        Assert.Equal(Path.GetFullPath(Path.Combine("data", "archive")), local.Root);
        Assert.Equal(Path.GetFullPath(Path.Combine("/srv/bot", "archive")), ArchiveStores.DefaultFolder("Data Source=/srv/bot/bot.db;Pooling=true"));
    }

    [Fact]
    public void A_configured_bucket_makes_s3_the_active_store_and_keeps_the_folder_readable()
    {
        var options = Bind(new Dictionary<string, string?>
        {
            ["Bot:Archive:S3:ServiceUrl"] = "http://127.0.0.1:9000",
            ["Bot:Archive:S3:Bucket"] = "results",
            ["Bot:Archive:S3:AccessKey"] = "key",
            ["Bot:Archive:S3:SecretKey"] = "secret",
        });
        using var stores = new ArchiveStores(options, new BotOptions());

        Assert.Empty(options.Validate());
        Assert.True(options.S3.ForcePathStyle);
        Assert.IsType<S3ResultStore>(stores.Active);
        Assert.IsType<LocalResultStore>(stores.Find(LocalResultStore.StoreName));
    }

    [Fact]
    public void Start_up_fails_naming_the_missing_bucket_and_keys_without_showing_a_secret()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bot:Archive:S3:ServiceUrl"] = "http://127.0.0.1:9000",
            ["Bot:Archive:S3:SecretKey"] = "very-secret-value",
        }).Build();

        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddBotArchive(configuration));

        Assert.Contains("Bot:Archive:S3:Bucket", error.Message, StringComparison.Ordinal);
        Assert.Contains("Bot:Archive:S3:AccessKey", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Bot:Archive:S3:SecretKey", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("very-secret-value", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Bot:Archive:S3:ServiceUrl", "not a url", "Bot:Archive:S3:ServiceUrl")]
    [InlineData("Bot:Archive:Concurrency", "0", "Bot:Archive:Concurrency")]
    [InlineData("Bot:Archive:MaxAttempts", "0", "Bot:Archive:MaxAttempts")]
    public void A_bad_setting_is_named(string key, string value, string named)
    {
        var options = Bind(new Dictionary<string, string?>
        {
            ["Bot:Archive:S3:Bucket"] = "results",
            ["Bot:Archive:S3:AccessKey"] = "key",
            ["Bot:Archive:S3:SecretKey"] = "secret",
            ["Bot:Archive:S3:Region"] = "eu-west-1",
            [key] = value,
        });

        Assert.Contains(options.Validate(), problem => problem.Contains(named, StringComparison.Ordinal));
    }

    [Fact]
    public void Aws_without_a_service_url_needs_a_region()
    {
        var options = Bind(new Dictionary<string, string?>
        {
            ["Bot:Archive:S3:Bucket"] = "results",
            ["Bot:Archive:S3:AccessKey"] = "key",
            ["Bot:Archive:S3:SecretKey"] = "secret",
        });

        Assert.Contains(options.Validate(), problem => problem.Contains("Bot:Archive:S3:Region", StringComparison.Ordinal));
    }

    private static ArchiveOptions Bind(Dictionary<string, string?> settings)
    {
        var options = new ArchiveOptions();
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build().GetSection(ArchiveOptions.SectionName).Bind(options);
        return options;
    }
}
