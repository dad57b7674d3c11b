using System.Diagnostics;
using System.Text.Json;
using Kie.Sdk.Catalog;
using Kie.Sdk.Diagnostics;
using Kie.Sdk.Http;
using Kie.Sdk.Json;

namespace Kie.Sdk;

/// <summary>KIE's model endpoints: listing, schema, price and success rate, within one shared budget of one lookup per second.</summary>
public sealed partial class KieClient
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<KieMarketModel>> ListModelsAsync(KieModelQuery? query = null, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, ApiUri(ModelPaths.ListWith(query)));
        var data = await LookUpAsync(request, "models", model: null, cancellationToken).ConfigureAwait(false);
        return MarketModelReader.ReadListing(data, "KIE models");
    }

    /// <inheritdoc />
    public async Task<KieModelSchema> GetModelSchemaAsync(string model, CancellationToken cancellationToken = default)
    {
        var data = await LookUpModelAsync(model, "schema", cancellationToken).ConfigureAwait(false);
        return ModelSchemaReader.Read(data, model);
    }

    /// <inheritdoc />
    public async Task<KieModelPrice> GetModelPriceAsync(string model, CancellationToken cancellationToken = default)
    {
        var data = await LookUpModelAsync(model, "price", cancellationToken).ConfigureAwait(false);
        return new KieModelPrice
        {
            Model = data.GetText("model") ?? model,
            PricingDescription = data.GetText("pricingDesc") ?? data.GetText("pricingDescription"),
            RawJson = data.ValueKind == JsonValueKind.Undefined ? default : data.Clone(),
        };
    }

    /// <inheritdoc />
    public async Task<KieModelHealth> GetModelHealthAsync(string model, CancellationToken cancellationToken = default)
    {
        var data = await LookUpModelAsync(model, "success-rate", cancellationToken).ConfigureAwait(false);
        return ModelHealthReader.Read(data, model);
    }

    private async Task<JsonElement> LookUpModelAsync(string model, string endpoint, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, ApiUri(ModelPaths.ForModel(model, endpoint)));
        return await LookUpAsync(request, $"models/{endpoint}", model, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Waits for the lookup budget, sends, and turns "model not supported" into <see cref="KieModelNotFoundException"/>.</summary>
    private async Task<JsonElement> LookUpAsync(HttpRequestMessage request, string operation, string? model, CancellationToken cancellationToken)
    {
        using var activity = KieDiagnostics.ActivitySource.StartActivity("kie.model_lookup", ActivityKind.Client);
        activity?.SetTag("kie.operation", operation);
        activity?.SetTag("kie.model", model);
        await _shared.LookupLimiter.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await SendAsync(request, KieRequestKind.Read, operation, null, cancellationToken).ConfigureAwait(false);
        }
        catch (KieApiException error) when (model is not null && IsUnknownModel(error))
        {
            throw new KieModelNotFoundException(model, error.Details, innerException: error);
        }
    }

    // KIE answers an unknown id on these endpoints with 404 "model name … not supported"; the text is checked too in
    // case the code drifts to 400/422 as it has on createTask.
    private static bool IsUnknownModel(KieApiException error) =>
        KieErrorMapper.EffectiveCode(error.HttpStatus, error.KieCode) == 404 ||
        (KieErrorMapper.EffectiveCode(error.HttpStatus, error.KieCode) is 400 or 422 &&
         error.KieMessage?.Contains("not supported", StringComparison.OrdinalIgnoreCase) == true);
}
