namespace Kie.Sdk.Tests.Behaviour;

/// <summary><see cref="KieClientOptions.Validate"/> names every problem by its configuration key.</summary>
public sealed class KieClientOptionsTests
{
    [Fact]
    public void Valid_options_have_no_problems()
    {
        Assert.Empty(new KieClientOptions { ApiKey = "k" }.Validate());
    }

    [Fact]
    public void Every_problem_is_listed_with_its_Kie_key()
    {
        var options = new KieClientOptions
        {
            ApiKey = " ",
            BaseUrl = new Uri("/relative", UriKind.Relative),
            UploadBaseUrl = new Uri("ftp://files.example"),
            AttemptTimeout = TimeSpan.Zero,
            UploadTimeout = TimeSpan.FromSeconds(-1),
            CreateRateLimit = -1,
            CreateRateLimitWindow = TimeSpan.Zero,
            MaxRetries = 11,
            UploadPath = "/leading",
            MaxBase64UploadBytes = 0,
            DefaultCallbackUrl = new Uri("mailto:me@example.com"),
        };

        var problems = options.Validate();

        string[] keys = ["ApiKey", "BaseUrl", "UploadBaseUrl", "AttemptTimeout", "UploadTimeout", "CreateRateLimit", "CreateRateLimitWindow", "MaxRetries", "UploadPath", "MaxBase64UploadBytes", "DefaultCallbackUrl"];
        Assert.Equal(keys.Length, problems.Count);
        foreach (var key in keys)
        {
            Assert.Single(problems, problem => problem.StartsWith($"Kie:{key} ", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("trailing/")]
    [InlineData("")]
    public void Upload_path_must_be_a_bare_folder_name(string path)
    {
        var problem = Assert.Single(new KieClientOptions { ApiKey = "k", UploadPath = path }.Validate());

        Assert.StartsWith("Kie:UploadPath ", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Infinite_timeouts_and_limit_zero_are_allowed()
    {
        var options = new KieClientOptions { ApiKey = "k", AttemptTimeout = Timeout.InfiniteTimeSpan, UploadTimeout = Timeout.InfiniteTimeSpan, CreateRateLimit = 0, MaxRetries = 0 };

        Assert.Empty(options.Validate());
    }

    [Fact]
    public void The_client_refuses_invalid_options_listing_every_key_and_never_the_key_value()
    {
        var options = new KieClientOptions { ApiKey = "", MaxRetries = -1 };

        var error = Assert.Throws<ArgumentException>(() => new KieClient(new HttpClient(), options));

        Assert.Contains("Kie:ApiKey", error.Message, StringComparison.Ordinal);
        Assert.Contains("Kie:MaxRetries", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_api_key_never_appears_in_a_problem()
    {
        var options = new KieClientOptions { ApiKey = "sk-secret-123", BaseUrl = new Uri("ftp://x.example") };

        Assert.All(options.Validate(), problem => Assert.DoesNotContain("sk-secret-123", problem, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Wait_options_reject_out_of_range_values_naming_them()
    {
        using var kie = new Harness();
        (KieWaitOptions Options, string Name)[] cases =
        [
            (new KieWaitOptions { InitialDelay = TimeSpan.FromSeconds(-1) }, "InitialDelay"),
            (new KieWaitOptions { MaxDelay = TimeSpan.FromMilliseconds(999) }, "MaxDelay"),
            (new KieWaitOptions { BackoffFactor = 0.5 }, "BackoffFactor"),
            (new KieWaitOptions { BackoffFactor = double.NaN }, "BackoffFactor"),
            (new KieWaitOptions { Jitter = 0.6 }, "Jitter"),
            (new KieWaitOptions { Jitter = -0.1 }, "Jitter"),
            (new KieWaitOptions { Timeout = TimeSpan.Zero }, "Timeout"),
            (new KieWaitOptions { CallbackSafetyNetDelay = TimeSpan.FromMilliseconds(10) }, "CallbackSafetyNetDelay"),
            (new KieWaitOptions { NotFoundGracePeriod = TimeSpan.FromSeconds(-1) }, "NotFoundGracePeriod"),
        ];

        foreach (var (options, name) in cases)
        {
            var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => kie.Client.WaitForCompletionAsync("t", options));
            Assert.Equal(name, error.ParamName);
            Assert.Contains("KieWaitOptions." + name, error.Message, StringComparison.Ordinal);
        }

        Assert.Equal(0, kie.Server.Count);
    }

    [Fact]
    public void Presets_match_the_documented_defaults()
    {
        Assert.Equal(TimeSpan.FromSeconds(2), KieWaitOptions.ForImages.InitialDelay);
        Assert.Equal(TimeSpan.FromSeconds(10), KieWaitOptions.ForImages.MaxDelay);
        Assert.Equal(TimeSpan.FromMinutes(5), KieWaitOptions.ForImages.Timeout);
        Assert.Equal(TimeSpan.FromSeconds(5), KieWaitOptions.ForVideo.InitialDelay);
        Assert.Equal(TimeSpan.FromSeconds(15), KieWaitOptions.ForVideo.MaxDelay);
        Assert.Equal(TimeSpan.FromMinutes(15), KieWaitOptions.ForVideo.Timeout);
        Assert.Equal(1.5, KieWaitOptions.ForVideo.BackoffFactor);
        Assert.Equal(0.2, KieWaitOptions.ForImages.Jitter);
        Assert.Equal(KieWaitOptions.ForVideo with { Model = "kling/v2-1-pro" }, KieWaitOptions.For("kling/v2-1-pro"));
        Assert.Equal(KieWaitOptions.ForVideo with { Model = "google/veo3" }, KieWaitOptions.For("google/veo3"));
        Assert.Equal(KieWaitOptions.ForImages with { Model = "google/nano-banana" }, KieWaitOptions.For("google/nano-banana"));
        Assert.Same(KieWaitOptions.ForImages, KieWaitOptions.For(null));
    }
}
