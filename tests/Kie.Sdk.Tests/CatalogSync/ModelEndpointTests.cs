using Answers = Kie.Sdk.Tests.Behaviour.Kie;
using System.Text.Json;
using Kie.Sdk.Catalog;
using Kie.Sdk.Tests.Behaviour;

namespace Kie.Sdk.Tests.CatalogSync;

/// <summary>The typed model endpoints: query encoding, and tolerance of the listing's, price's and health's shapes.</summary>
public sealed class ModelEndpointTests
{
    private const string List = "/api/v1/models";

    [Fact]
    public async Task Filters_go_as_comma_separated_task_types_with_percent_encoded_spaces()
    {
        using var kie = new Harness();
        kie.Server.Always(List, Answers.Envelope(200, "success", """{"total":0,"models":[]}"""));

        var models = await kie.Client.ListModelsAsync(new KieModelQuery { TaskTypes = ["Text to Video", "Image to Video"], Provider = "Kling", Search = "2.1 pro" });

        Assert.Empty(models);
        Assert.Equal("?taskType=Text%20to%20Video,Image%20to%20Video&provider=Kling&q=2.1%20pro", Assert.Single(kie.Server.Requests).Query);
    }

    [Fact]
    public async Task No_filter_sends_no_query()
    {
        using var kie = new Harness();
        kie.Server.Always(List, Answers.Envelope(200, "success", """{"total":0,"models":[]}"""));

        await kie.Client.ListModelsAsync(new KieModelQuery { TaskTypes = [" "] });

        Assert.Equal(string.Empty, Assert.Single(kie.Server.Requests).Query);
    }

    [Fact]
    public async Task The_listing_is_read_tolerantly_and_keeps_unknown_fields()
    {
        using var kie = new Harness();
        kie.Server.Always(List, Answers.Envelope(200, "success", """
            { "total": 3, "models": [
              { "model": "kling/v2-1-pro", "slug": "kling/v2-1-pro", "title": "Kling 2.1 Pro", "provider": "Kling",
                "taskType": ["Image to Video"], "description": null, "pricingDesc": "5 s video 50 credits", "isHot": true },
              { "model": "seedream/4.5-edit", "taskType": "Image to Image, Text to Image ", "pricingDesc": null },
              { "slug": "z-image", "taskType": 7 } ] }
            """));

        var models = await kie.Client.ListModelsAsync();

        Assert.Equal(["kling/v2-1-pro", "seedream/4.5-edit", "z-image"], models.Select(model => model.Model));
        Assert.Equal(("Kling 2.1 Pro", "Kling", "5 s video 50 credits"), (models[0].Title, models[0].Provider, models[0].PricingDescription));
        Assert.Null(models[0].Description);
        Assert.True(models[0].RawJson.GetProperty("isHot").GetBoolean());
        Assert.Equal(["Image to Image", "Text to Image"], models[1].TaskTypes);
        Assert.Null(models[1].PricingDescription);
        Assert.Empty(models[2].TaskTypes);
        Assert.Null(models[2].Title);
    }

    [Fact]
    public async Task A_model_id_with_an_empty_segment_is_refused_before_any_request()
    {
        using var kie = new Harness();

        await Assert.ThrowsAsync<ArgumentException>(() => kie.Client.GetModelPriceAsync("kling//v2"));
        await Assert.ThrowsAsync<ArgumentException>(() => kie.Client.GetModelSchemaAsync("../credit"));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => kie.Client.GetModelHealthAsync(" "));
        Assert.Equal(0, kie.Server.Count);
    }

    [Fact]
    public async Task Segments_are_percent_encoded_one_by_one()
    {
        using var kie = new Harness();
        kie.Server.Always($"{List}/odd%20model/v%3F1/price", Answers.Envelope(200, "success", """{"pricingDesc":null}"""));

        var price = await kie.Client.GetModelPriceAsync("odd model/v?1");

        Assert.Equal(("odd model/v?1", null), (price.Model, price.PricingDescription));
        Assert.Equal($"{List}/odd%20model/v%3F1/price", Assert.Single(kie.Server.Requests).Path);
    }

    [Fact]
    public async Task Health_reads_points_with_null_rates_as_no_traffic_and_summarises_the_recent_ones()
    {
        using var kie = new Harness();
        kie.Server.Always($"{List}/kling/v2-1-pro/success-rate", Answers.Envelope(200, "success", """
            { "model": "kling/v2-1-pro", "points": [
              { "start": 1767000000000, "end": 1767000600000, "successRate": 0.98, "errorRate": 0.02, "isNormal": true },
              { "start": 1767000600000, "end": 1767001200000, "successRate": null, "errorRate": null, "isNormal": true },
              { "start": 1767001200000, "end": 1767001800000, "successRate": 0.5, "errorRate": 0.5, "isNormal": false },
              { "start": 1767001800000, "end": 1767002400000, "errorRate": 0.6 } ] }
            """));

        var health = await kie.Client.GetModelHealthAsync("kling/v2-1-pro");

        Assert.Equal(4, health.Points.Count);
        Assert.False(health.Points[1].HasTraffic);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1767000000000), health.Points[0].Start);
        var summary = health.Summary;
        Assert.Equal(KieModelHealthStatus.Degraded, summary.Status);
        Assert.True(summary.IsDegraded);
        Assert.Equal(3, summary.BucketsWithTraffic);
        Assert.Equal(1, summary.AbnormalBuckets);
        Assert.Equal(0.6267m, summary.RecentSuccessRate);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1767002400000), summary.LastTrafficAt);
        Assert.Equal(KieModelHealthStatus.Healthy, health.Summarise(degradedBelow: 0.6m).Status);
        Assert.Equal(0.4m, health.Summarise(recentBuckets: 1).RecentSuccessRate);
    }

    [Fact]
    public async Task Health_in_percentages_and_seconds_is_scaled()
    {
        using var kie = new Harness();
        kie.Server.Always($"{List}/z-image/success-rate", Answers.Envelope(200, "success", """
            { "points": [ { "start": 1767000000, "end": "1767000600", "successRate": "97.5", "errorRate": 2.5, "isNormal": "true" } ] }
            """));

        var health = await kie.Client.GetModelHealthAsync("z-image");

        var point = Assert.Single(health.Points);
        Assert.Equal((0.975m, 0.025m, true), (point.SuccessRate, point.ErrorRate, point.IsNormal));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1767000600), point.End);
        Assert.Equal(KieModelHealthStatus.Healthy, health.Summary.Status);
        Assert.Equal("z-image", health.Model);
    }

    [Fact]
    public void A_model_without_traffic_is_neither_healthy_nor_degraded()
    {
        var summary = KieHealthSummary.Summarise([new KieHealthPoint(), new KieHealthPoint { IsNormal = true }]);

        Assert.Equal(KieModelHealthStatus.NoTraffic, summary.Status);
        Assert.False(summary.IsDegraded);
        Assert.Null(summary.RecentSuccessRate);
        Assert.Equal(0, summary.BucketsWithTraffic);
    }

    [Fact]
    public void The_verdict_looks_at_the_latest_buckets_in_time_order()
    {
        var start = new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero);
        KieHealthPoint At(int bucket, decimal rate) => new() { Start = start.AddMinutes(10 * bucket), SuccessRate = rate };

        // Listed newest first: a model that failed all morning and recovered in the last hour is healthy now.
        var points = Enumerable.Range(6, 10).Select(bucket => At(bucket, 0.1m)).Concat(Enumerable.Range(16, 6).Select(bucket => At(bucket, 1m))).Reverse();

        var summary = KieHealthSummary.Summarise(points);

        Assert.Equal((KieModelHealthStatus.Healthy, 1m, 0.4375m), (summary.Status, summary.RecentSuccessRate, summary.OverallSuccessRate));
        Assert.Throws<ArgumentOutOfRangeException>(() => KieHealthSummary.Summarise(points, degradedBelow: 1.5m));
        Assert.Throws<ArgumentOutOfRangeException>(() => KieHealthSummary.Summarise(points, recentBuckets: 0));
    }

    [Fact]
    public async Task A_schema_answer_with_openapi_null_is_not_available()
    {
        using var kie = new Harness();
        kie.Server.Always($"{List}/sora-2-text-to-video/schema", Answers.Envelope(200, "success", """{"model":"sora-2-text-to-video","openapi":null}"""));

        var schema = await kie.Client.GetModelSchemaAsync("sora-2-text-to-video");

        Assert.False(schema.IsAvailable);
        Assert.Null(schema.OpenApi);
        Assert.Empty(schema.Parameters);
        Assert.Empty(schema.Warnings);
        Assert.Equal(JsonValueKind.Object, schema.RawJson.ValueKind);
    }
}
