using System.Diagnostics.CodeAnalysis;
using Kie.Samples.TelegramBot.Catalog;
using Kie.Sdk.Catalog;

namespace Kie.Samples.TelegramBot.Menus;

/// <summary>
/// What the menus offer, computed from the <see cref="LiveCatalog"/>: categories that have something to sell, their
/// enabled, sellable models, and each model's sellable modes. The offer is built once per catalog version (menus never
/// scan the catalog per event) and rebuilt on the first read after an admin changed the catalog.
/// </summary>
internal sealed class MenuCatalog
{
    private static readonly KieModelCategory[] CategoryOrder =
        [KieModelCategory.Image, KieModelCategory.Video, KieModelCategory.Audio, KieModelCategory.Speech, KieModelCategory.Tools];

    private readonly LiveCatalog _live;
    private Offer _offer;

    /// <summary>Follows the live catalog.</summary>
    /// <param name="live">The catalog in force.</param>
    public MenuCatalog(LiveCatalog live)
    {
        ArgumentNullException.ThrowIfNull(live);
        _live = live;
        _offer = new Offer(live.Current, live.Version);
    }

    /// <summary>The catalog behind the offer (for validation of what users enter).</summary>
    public ModelCatalog Catalog => Current.Catalog;

    /// <summary>The categories with at least one model on offer, in menu order.</summary>
    public IReadOnlyList<KieModelCategory> Categories => Current.Categories;

    private Offer Current
    {
        get
        {
            var offer = Volatile.Read(ref _offer);
            if (_live.Version == offer.Version)
            {
                return offer;
            }

            // Two readers may both rebuild after a change; either result is right, so the last write simply wins.
            var rebuilt = new Offer(_live.Current, _live.Version);
            Volatile.Write(ref _offer, rebuilt);
            return rebuilt;
        }
    }

    /// <summary>The code of a category in callback data and sessions (<c>image</c>, <c>video</c>, …).</summary>
    /// <param name="category">The category.</param>
    /// <returns>The code.</returns>
    public static string Code(KieModelCategory category) => category switch
    {
        KieModelCategory.Image => "image",
        KieModelCategory.Video => "video",
        KieModelCategory.Audio => "audio",
        KieModelCategory.Speech => "speech",
        KieModelCategory.Tools => "tools",
        _ => "unknown",
    };

    /// <summary>Reads a category code; only categories on offer count.</summary>
    /// <param name="code">The code.</param>
    /// <param name="category">The category.</param>
    /// <returns>True when the category is on offer.</returns>
    public bool TryParseCategory(string? code, out KieModelCategory category)
    {
        foreach (var candidate in Categories)
        {
            if (string.Equals(Code(candidate), code, StringComparison.Ordinal))
            {
                category = candidate;
                return true;
            }
        }

        category = KieModelCategory.Unknown;
        return false;
    }

    /// <summary>The models on offer in a category.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The models, in catalog order.</returns>
    public IReadOnlyList<KieModelInfo> ModelsOf(KieModelCategory category) => Current.Models.TryGetValue(category, out var models) ? models : [];

    /// <summary>Finds a model on offer.</summary>
    /// <param name="id">The catalog id.</param>
    /// <param name="model">The model.</param>
    /// <returns>True when on offer.</returns>
    public bool TryGetModel(string? id, [NotNullWhen(true)] out KieModelInfo? model)
    {
        model = null;
        return id is not null && Current.ById.TryGetValue(id, out model);
    }

    /// <summary>The sellable modes of a model on offer (the default first).</summary>
    /// <param name="model">The model.</param>
    /// <returns>The modes; empty for a model not on offer.</returns>
    public IReadOnlyList<KieModelMode> ModesOf(KieModelInfo model) => Current.Modes.TryGetValue(model.Id, out var modes) ? modes : [];

    /// <summary>
    /// The session's model and mode as the catalog knows them, on offer or not: a summary loaded by Retry may name a
    /// mode that stopped being sold, and must then say so rather than vanish.
    /// </summary>
    /// <param name="session">The session.</param>
    /// <param name="model">The model.</param>
    /// <param name="mode">The mode.</param>
    /// <returns>True when the session has a mode the catalog still lists.</returns>
    public bool TryGetCurrent(MenuSession session, [NotNullWhen(true)] out KieModelInfo? model, [NotNullWhen(true)] out KieModelMode? mode)
    {
        mode = null;
        model = null;
        return session.Model is not null && session.Mode is not null && Catalog.TryGetModel(session.Model, out model) && model.TryGetMode(session.Mode, out mode);
    }

    /// <summary>Finds a sellable mode of a model on offer.</summary>
    /// <param name="modelId">The catalog id.</param>
    /// <param name="modeId">The mode id.</param>
    /// <param name="model">The model.</param>
    /// <param name="mode">The mode.</param>
    /// <returns>True when both are on offer.</returns>
    public bool TryGetMode(string? modelId, string? modeId, [NotNullWhen(true)] out KieModelInfo? model, [NotNullWhen(true)] out KieModelMode? mode)
    {
        mode = null;
        if (!TryGetModel(modelId, out model) || modeId is null)
        {
            return false;
        }

        foreach (var candidate in ModesOf(model))
        {
            if (string.Equals(candidate.Id, modeId, StringComparison.OrdinalIgnoreCase))
            {
                mode = candidate;
                return true;
            }
        }

        return false;
    }

    /// <summary>One catalog version's offer.</summary>
    private sealed class Offer
    {
        public Offer(ModelCatalog catalog, long version)
        {
            Catalog = catalog;
            Version = version;
            var categories = new List<KieModelCategory>();
            foreach (var category in CategoryOrder)
            {
                var offered = new List<KieModelInfo>();
                foreach (var model in catalog.ListByCategory(category))
                {
                    var modes = model.Modes.Where(mode => mode.IsSellable).ToArray();
                    if (modes.Length == 0)
                    {
                        continue;
                    }

                    offered.Add(model);
                    Modes[model.Id] = modes;
                    ById[model.Id] = model;
                }

                if (offered.Count > 0)
                {
                    Models[category] = [.. offered];
                    categories.Add(category);
                }
            }

            Categories = categories;
        }

        public ModelCatalog Catalog { get; }

        public long Version { get; }

        public IReadOnlyList<KieModelCategory> Categories { get; }

        public Dictionary<KieModelCategory, KieModelInfo[]> Models { get; } = [];

        public Dictionary<string, KieModelMode[]> Modes { get; } = new(StringComparer.OrdinalIgnoreCase);

        public Dictionary<string, KieModelInfo> ById { get; } = new(StringComparer.OrdinalIgnoreCase);
    }
}
