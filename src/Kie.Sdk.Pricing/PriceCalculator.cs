using Kie.Sdk.Catalog;

namespace Kie.Sdk.Pricing;

/// <summary>
/// Prices tasks for users: validates the input with the catalog, estimates its credits from the catalog's price
/// rules, and turns them into money with a <see cref="PricingPolicy"/>. Immutable and thread-safe; create one per
/// catalog and policy and share it.
/// </summary>
/// <remarks>
/// A mode or input combination with no known price is not sellable: <see cref="KieNotSellableException"/>, never a
/// guess or the cheapest variant (the bot before this SDK charged the cheapest variant, and before that a flat 1 ₽).
/// </remarks>
public sealed class PriceCalculator
{
    private readonly MoneyRules _money;
    private readonly HashSet<string> _free;

    /// <summary>Creates a calculator.</summary>
    /// <param name="catalog">The catalog whose models and prices are quoted.</param>
    /// <param name="policy">How credits become money.</param>
    /// <exception cref="ArgumentException">The policy is not valid, or lists a free model the catalog lacks; the message names each key.</exception>
    public PriceCalculator(ModelCatalog catalog, PricingPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(policy);
        var problems = policy.Validate().ToList();
        // Validate reports a missing list; here it only needs to be walkable.
        IReadOnlyList<string> freeModels = policy.FreeModels ?? [];
        foreach (var id in freeModels)
        {
            // A mistyped free model would silently be charged for: refuse it at start-up instead.
            if (!string.IsNullOrWhiteSpace(id) && !catalog.TryGetModel(id, out _))
            {
                problems.Add($"{PricingPolicy.SectionName}:{nameof(PricingPolicy.FreeModels)} lists '{id}', which is not in the catalog (closest: {string.Join(", ", catalog.SuggestModelIds(id))}).");
            }
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(policy));
        }

        Catalog = catalog;
        Policy = policy;
        _money = new MoneyRules(policy);
        _free = new HashSet<string>(freeModels.Select(id => id.Trim()), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The catalog quoted from.</summary>
    public ModelCatalog Catalog { get; }

    /// <summary>The policy applied.</summary>
    public PricingPolicy Policy { get; }

    /// <summary>The ISO code of the currency charged, upper-case.</summary>
    public string Currency => _money.Currency.Code;

    /// <summary>Digits of the currency's minor unit: 2 for RUB, USD, EUR; 0 for JPY and Telegram Stars (XTR).</summary>
    public int MinorUnitDigits => _money.Currency.Digits;

    /// <summary>Quotes a task: validates the input, estimates its credits, prices them.</summary>
    /// <param name="modelId">The catalog model id (e.g. <c>kling-2.6</c>).</param>
    /// <param name="modeId">The mode id (e.g. <c>text-to-video</c>).</param>
    /// <param name="input">The input; not changed.</param>
    /// <param name="testMode"><see langword="true"/> for a test-mode quote: marked as such, charging 0.</param>
    /// <returns>The quote, with every speed tier's quote beside it where the mode has tiers.</returns>
    /// <exception cref="KieUnknownModelException">No such model; the message lists the closest ids.</exception>
    /// <exception cref="KieUnknownModeException">The model has no such mode.</exception>
    /// <exception cref="KieValidationException">The input is not valid; every problem is listed.</exception>
    /// <exception cref="KieNotSellableException">The mode is disabled or no price is known for this input.</exception>
    /// <exception cref="OverflowException">The price is too large to express in minor units.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "Each overload takes a different kind of input; testMode is the same trailing switch on all three, so no call can mean two of them.")]
    public PriceQuote Quote(string modelId, string modeId, KieInput input, bool testMode = false) =>
        Quote(Catalog.Validate(modelId, modeId, input), testMode);

    /// <summary>
    /// Quotes a task whose input was typed by a person, every value as text ("16:9", "5", "yes", "1080p"); see
    /// <see cref="Quote(string, string, KieInput, bool)"/>.
    /// </summary>
    /// <param name="modelId">The catalog model id.</param>
    /// <param name="modeId">The mode id.</param>
    /// <param name="input">The input, parameter → text; not changed.</param>
    /// <param name="testMode"><see langword="true"/> for a test-mode quote: marked as such, charging 0.</param>
    /// <returns>The quote.</returns>
    /// <exception cref="KieUnknownModelException">No such model; the message lists the closest ids.</exception>
    /// <exception cref="KieUnknownModeException">The model has no such mode.</exception>
    /// <exception cref="KieValidationException">The input is not valid; every problem is listed.</exception>
    /// <exception cref="KieNotSellableException">The mode is disabled or no price is known for this input.</exception>
    /// <exception cref="OverflowException">The price is too large to express in minor units.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "Each overload takes a different kind of input; testMode is the same trailing switch on all three, so no call can mean two of them.")]
    public PriceQuote Quote(string modelId, string modeId, IReadOnlyDictionary<string, string> input, bool testMode = false) =>
        Quote(Catalog.Validate(modelId, modeId, input), testMode);

    /// <summary>Quotes an input already validated with <see cref="Catalog"/>, without validating it again.</summary>
    /// <param name="validated">A result of <see cref="ModelCatalog.Validate(string, string, KieInput)"/> on <see cref="Catalog"/>.</param>
    /// <param name="testMode"><see langword="true"/> for a test-mode quote: marked as such, charging 0.</param>
    /// <returns>The quote.</returns>
    /// <exception cref="KieValidationException">The input is not valid; every problem is listed.</exception>
    /// <exception cref="KieNotSellableException">The mode is disabled or no price is known for this input.</exception>
    /// <exception cref="OverflowException">The price is too large to express in minor units.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "Each overload takes a different kind of input; testMode is the same trailing switch on all three, so no call can mean two of them.")]
    public PriceQuote Quote(KieInputValidationResult validated, bool testMode = false)
    {
        ArgumentNullException.ThrowIfNull(validated);
        var estimate = Catalog.EstimateCredits(validated);
        var quote = Price(validated.Model, validated.Mode, estimate, testMode);
        if (estimate.SpeedTiers.Count == 0)
        {
            return quote;
        }

        var tiers = new PriceTierQuote[estimate.SpeedTiers.Count];
        for (var index = 0; index < tiers.Length; index++)
        {
            var tier = estimate.SpeedTiers[index];
            tiers[index] = new PriceTierQuote
            {
                Tier = tier.Tier,
                IsSelected = tier.IsSelected,
                Quote = tier.Estimate is { } tierEstimate ? Price(validated.Model, validated.Model.GetMode(tierEstimate.ModeId), tierEstimate, testMode) : null,
                NotSellableReason = tier.NotSellableReason,
            };
        }

        return quote with { Tiers = tiers };
    }

    /// <summary>
    /// The list price of a number of credits: × credit rate × markup, rounded up to the step, at least the minimum
    /// charge; 0 for 0 credits. E.g. to value KIE's actual <c>creditsConsumed</c> after a task.
    /// </summary>
    /// <param name="credits">The credits; 0 or more.</param>
    /// <returns>The price in major units, a whole number of minor units.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The credits are negative.</exception>
    /// <exception cref="OverflowException">The price is too large to express in minor units.</exception>
    public decimal PriceOf(decimal credits) => _money.ToMajor(_money.PriceMinorUnits(credits));

    /// <summary>Whether a model is given to users for free (<see cref="PricingPolicy.FreeModels"/>).</summary>
    /// <param name="modelId">The catalog model id (case-insensitive).</param>
    /// <returns><see langword="true"/> when free.</returns>
    public bool IsFree(string modelId)
    {
        ArgumentNullException.ThrowIfNull(modelId);
        return _free.Contains(modelId.Trim());
    }

    /// <summary>Converts an amount to minor units of <see cref="Currency"/> (kopecks, cents, whole Stars).</summary>
    /// <param name="amount">The amount in major units.</param>
    /// <returns>The minor units.</returns>
    /// <exception cref="ArgumentException">The amount has a fraction of a minor unit (e.g. 1.005 ₽).</exception>
    /// <exception cref="OverflowException">The amount does not fit in a <see cref="long"/> of minor units.</exception>
    public long ToMinorUnits(decimal amount) => _money.ToMinor(amount);

    /// <summary>Converts minor units of <see cref="Currency"/> to an amount in major units (exact).</summary>
    /// <param name="minorUnits">The minor units.</param>
    /// <returns>The amount.</returns>
    public decimal FromMinorUnits(long minorUnits) => _money.ToMajor(minorUnits);

    /// <summary>
    /// Writes an amount for people: <c>176 ₽</c>, <c>3.20 ₽</c>, <c>$0.88</c>, <c>25 ⭐</c> (invariant digits, a decimal
    /// point, the currency's symbol; a fraction only when the amount has one).
    /// </summary>
    /// <param name="amount">The amount in major units.</param>
    /// <returns>The text.</returns>
    public string Format(decimal amount) => MoneyText.Amount(amount, _money.Currency);

    /// <summary>
    /// Writes an amount given in minor units for people (<c>17600</c> → <c>176 ₽</c>). A separate name from
    /// <see cref="Format(decimal)"/> on purpose: with one name, <c>Format(176)</c> would silently mean 1.76 ₽.
    /// </summary>
    /// <param name="minorUnits">The amount in minor units.</param>
    /// <returns>The text.</returns>
    public string FormatMinorUnits(long minorUnits) => Format(_money.ToMajor(minorUnits));

    private PriceQuote Price(KieModelInfo model, KieModelMode mode, KieCreditEstimate estimate, bool testMode)
    {
        var listMinor = _money.PriceMinorUnits(estimate.Credits);
        var free = _free.Count > 0 && _free.Contains(model.Id);
        var totalMinor = free || testMode ? 0L : listMinor;
        return new PriceQuote
        {
            ModelId = model.Id,
            ModelName = model.DisplayName,
            ModeId = mode.Id,
            ModeName = mode.DisplayName,
            ApiModel = mode.ApiModel,
            Credits = estimate.Credits,
            CreditRate = _money.CreditRate,
            Cost = _money.Cost(estimate.Credits),
            Markup = _money.Markup,
            ListPriceMinorUnits = listMinor,
            TotalMinorUnits = totalMinor,
            Currency = _money.Currency.Code,
            Confidence = estimate.Confidence,
            IsFree = free,
            IsTestMode = testMode,
            Estimate = estimate,
            Policy = Policy,
        };
    }
}
