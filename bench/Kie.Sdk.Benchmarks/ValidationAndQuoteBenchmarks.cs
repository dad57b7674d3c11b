using BenchmarkDotNet.Attributes;
using Kie.Sdk.Catalog;
using Kie.Sdk.Pricing;

namespace Kie.Sdk.Benchmarks;

/// <summary>
/// What a bot does on every "show price" tap: validate a typical input against the catalog and quote it. Target: under
/// 10 µs and 2 KB per validation + quote. The hand-written baseline checks and prices the same input with no catalog,
/// the floor the catalog's generality is measured against.
/// </summary>
[MemoryDiagnoser]
public class ValidationAndQuoteBenchmarks
{
    private const string Model = "nano-banana-2";
    private const string Mode = "text-to-image";
    private static readonly HashSet<string> AspectRatios = new(StringComparer.OrdinalIgnoreCase) { "1:1", "9:16", "16:9", "3:4", "4:3", "3:2", "2:3", "5:4", "4:5", "21:9", "auto" };

    private ModelCatalog _catalog = null!;
    private PriceCalculator _calculator = null!;
    private KieInput _input = null!;
    private Dictionary<string, string> _typed = null!;

    [GlobalSetup]
    public void Setup()
    {
        _catalog = ModelCatalog.LoadEmbedded();
        _calculator = new PriceCalculator(_catalog, new PricingPolicy { Currency = "RUB", CreditRate = 0.4m, RoundingStep = 1m });
        _input = new KieInput().Set("prompt", "A red bicycle leaning on a snowy fence at dusk, film grain").Set("aspect_ratio", "16:9").Set("resolution", "2K");
        _typed = new Dictionary<string, string>
        {
            ["prompt"] = "A red bicycle leaning on a snowy fence at dusk, film grain",
            ["aspect_ratio"] = "16:9",
            ["resolution"] = "2k",
        };
    }

    /// <summary>The floor: the same checks and price written by hand for this one model, on the typed text.</summary>
    [Benchmark(Baseline = true)]
    public long HandWritten()
    {
        var prompt = _typed["prompt"];
        if (prompt.Length is 0 or > 20000 || !AspectRatios.Contains(_typed["aspect_ratio"]))
        {
            return -1;
        }

        var credits = _typed["resolution"].ToUpperInvariant() switch { "1K" => 8m, "2K" => 12m, "4K" => 18m, _ => 0m };
        return (long)(decimal.Ceiling(credits * 0.4m * 2m) * 100m);
    }

    /// <summary>Validation alone.</summary>
    [Benchmark]
    public bool Validate() => _catalog.Validate(Model, Mode, _input).IsValid;

    /// <summary>Validation and quote of a typed input: what the target is about.</summary>
    [Benchmark]
    public long ValidateAndQuote() => _calculator.Quote(Model, Mode, _input).TotalMinorUnits;

    /// <summary>Validation and quote of text typed by a person ("2k" coerced to "2K").</summary>
    [Benchmark]
    public long ValidateAndQuoteTypedText() => _calculator.Quote(Model, Mode, _typed).TotalMinorUnits;
}
