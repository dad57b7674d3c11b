using Answers = Kie.Sdk.Tests.Behaviour.Kie;
using Kie.Sdk.Catalog;
using Kie.Sdk.Tests.Behaviour;

namespace Kie.Sdk.Tests.CatalogSync;

/// <summary>Model lookups of one client share KIE's budget of one per second, on the client's clock.</summary>
public sealed class LookupBudgetTests
{
    private const string List = "/api/v1/models";

    private static Harness Serving()
    {
        var kie = new Harness();
        kie.Server.Always(List, Answers.Envelope(200, "success", SyncData.ListingData(SyncData.Listing().Values)));
        foreach (var model in SyncData.ApiModels)
        {
            kie.Server.Always($"{List}/{model}/schema", Answers.Envelope(200, "success", $$"""{"model":"{{model}}","openapi":null}"""));
            kie.Server.Always($"{List}/{model}/price", Answers.Envelope(200, "success", $$"""{"model":"{{model}}","pricingDesc":"1 credit"}"""));
            kie.Server.Always($"{List}/{model}/success-rate", Answers.Envelope(200, "success", $$"""{"model":"{{model}}","points":[]}"""));
        }

        return kie;
    }

    [Fact]
    public async Task Concurrent_lookups_of_every_kind_go_one_per_second()
    {
        using var kie = Serving();

        var lookups = new Task[]
        {
            kie.Client.ListModelsAsync(),
            kie.Client.GetModelSchemaAsync(SyncData.KlingPro),
            kie.Client.GetModelPriceAsync(SyncData.NanoBanana),
            kie.Client.GetModelHealthAsync(SyncData.KlingText),
        };

        await kie.Clock.SettleAsync(() => kie.Server.Count == 1 && kie.Clock.PendingTimers == 1, "one lookup sent, the next waiting");
        await TestClock.QuietAsync();
        Assert.Equal(1, kie.Server.Count);
        kie.Clock.Advance(TimeSpan.FromMilliseconds(999));
        await TestClock.QuietAsync();
        Assert.Equal(1, kie.Server.Count);

        // The mark is one timer back: the pending wait is already there and the drive must start by firing it.
        await kie.Clock.DriveAsync(Task.WhenAll(lookups), kie.Clock.TimersCreated - 1);

        Assert.Equal([0, 1, 2, 3], kie.Server.Requests.Select(request => request.At.TotalSeconds));
    }

    [Fact]
    public async Task A_sync_through_the_client_spends_one_second_per_lookup()
    {
        using var kie = Serving();
        var source = new KieApiModelSource(kie.Client, new KieApiModelSourceOptions { ReadHealth = true });

        var remote = await kie.Clock.RunAsync(() => source.ReadAsync());

        Assert.Equal(SyncData.ApiModels, remote.Models.Select(model => model.Model));
        var times = kie.Server.Requests.Select(request => request.At.TotalSeconds).ToArray();
        Assert.Equal(Enumerable.Range(0, 1 + (2 * SyncData.ApiModels.Length)).Select(second => (double)second), times);
        Assert.Equal(List, kie.Server.Requests[0].Path);
        Assert.Equal($"{List}/{SyncData.KlingText}/schema", kie.Server.Requests[1].Path);
        Assert.Equal($"{List}/{SyncData.KlingText}/success-rate", kie.Server.Requests[2].Path);
    }

    [Fact]
    public async Task Lookups_do_not_wait_for_task_creations_and_creations_do_not_wait_for_lookups()
    {
        using var kie = new Harness(options => options.CreateRateLimit = 20);
        kie.Server.Always(List, Answers.Envelope(200, "success", """{"total":0,"models":[]}"""));
        kie.Server.Always(ScriptedKieHandler.CreateTask, Answers.Created("t"));

        await kie.Client.CreateTaskAsync(new CreateTaskRequest("google/nano-banana"));
        await kie.Client.ListModelsAsync();
        await kie.Client.CreateTaskAsync(new CreateTaskRequest("google/nano-banana"));
        await kie.Clock.RunAsync(() => kie.Client.ListModelsAsync());

        Assert.Equal([ScriptedKieHandler.CreateTask, List, ScriptedKieHandler.CreateTask, List], kie.Server.Requests.Select(request => request.Path));
        Assert.Equal([0, 0, 0, 1], kie.Server.Requests.Select(request => request.At.TotalSeconds));
    }

    [Fact]
    public async Task Cancelling_a_queued_lookup_sends_nothing()
    {
        using var kie = Serving();
        using var cancel = new CancellationTokenSource();
        await kie.Client.ListModelsAsync();
        var queued = kie.Client.GetModelSchemaAsync(SyncData.KlingPro, cancel.Token);
        await kie.Clock.SettleAsync(() => kie.Clock.PendingTimers == 1, "the schema lookup to queue");

        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => queued);
        Assert.Equal(1, kie.Server.Count);
    }
}
