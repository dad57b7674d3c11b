namespace Kie.Sdk.Catalog;

/// <summary>
/// Reads the remote catalog from KIE's model endpoints through an <see cref="IKieClient"/>: the listing, then per model
/// its schema (input parameters), price text and, when asked, health. The client spaces the lookups to KIE's budget.
/// </summary>
public sealed class KieApiModelSource : IModelSource
{
    private readonly IKieClient _client;
    private readonly KieApiModelSourceOptions _options;

    /// <summary>Creates the source.</summary>
    /// <param name="client">The client whose key and lookup budget are used.</param>
    /// <param name="options">What to read; default: the whole listing, with schemas and missing prices.</param>
    public KieApiModelSource(IKieClient client, KieApiModelSourceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _options = options ?? new KieApiModelSourceOptions();
    }

    /// <inheritdoc />
    /// <exception cref="KieRateLimitException">A lookup was refused for the rate limit after the client's retries.</exception>
    /// <exception cref="KieInvalidResponseException">The listing is malformed.</exception>
    public async Task<RemoteCatalog> ReadAsync(CancellationToken cancellationToken = default)
    {
        var listing = await _client.ListModelsAsync(_options.Query, cancellationToken).ConfigureAwait(false);
        var models = new List<RemoteModel>(listing.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in listing)
        {
            if (!seen.Add(entry.Model))
            {
                continue;
            }

            models.Add(_options.ReadDetailsFor is { } wanted && !wanted(entry)
                ? new RemoteModel { Listing = entry, PricingDescription = entry.PricingDescription }
                : await ReadDetailsAsync(entry, cancellationToken).ConfigureAwait(false));
        }

        return new RemoteCatalog
        {
            Source = "KIE model endpoints (GET /api/v1/models)",
            Models = models.AsReadOnly(),
            IsComplete = _options.Query is null || _options.Query.IsEmpty,
        };
    }

    private async Task<RemoteModel> ReadDetailsAsync(KieMarketModel entry, CancellationToken cancellationToken)
    {
        // A listed model the detail endpoints do not know is KIE's inconsistency: noted for the report, not fatal, so
        // one odd entry cannot block every sync. Rate limits and other errors still fail the read.
        var notes = new List<string>();
        KieModelSchema? schema = null;
        if (_options.ReadSchemas)
        {
            try
            {
                schema = await _client.GetModelSchemaAsync(entry.Model, cancellationToken).ConfigureAwait(false);
            }
            catch (KieModelNotFoundException)
            {
                notes.Add("the schema endpoint does not know the model (404)");
            }
        }

        var price = entry.PricingDescription;
        if (price is null && _options.ReadMissingPrices)
        {
            try
            {
                price = (await _client.GetModelPriceAsync(entry.Model, cancellationToken).ConfigureAwait(false)).PricingDescription;
            }
            catch (KieModelNotFoundException)
            {
                notes.Add("the price endpoint does not know the model (404)");
            }
        }

        KieModelHealth? health = null;
        if (_options.ReadHealth)
        {
            try
            {
                health = await _client.GetModelHealthAsync(entry.Model, cancellationToken).ConfigureAwait(false);
            }
            catch (KieModelNotFoundException)
            {
                notes.Add("the success-rate endpoint does not know the model (404)");
            }
        }

        return new RemoteModel
        {
            Listing = entry,
            Schema = schema,
            PricingDescription = price,
            Health = health,
            Note = notes.Count == 0 ? null : string.Join("; ", notes),
        };
    }
}
