namespace Kie.Sdk.Catalog;

/// <summary>
/// Compares the catalog's parameters for one API model id with KIE's schema for it. Several local modes may send the
/// same id (Nano Banana 2 does text-to-image and edit with one schema), so: a parameter is removed when no mode's key
/// is in the schema, added when the schema's key is in no mode, and changed per mode, grouped when modes agree. The
/// required flag is compared only where the modes agree on it, because a shared schema cannot say "required in edit".
/// The schema says nothing about what it omits, so a missing enum, minimum or maximum on KIE's side is not a change.
/// </summary>
internal static class ParameterComparer
{
    public static void Compare(
        string apiModel,
        IReadOnlyList<(KieModelInfo Model, KieModelMode Mode)> sharing,
        KieModelSchema schema,
        List<CatalogParameterChange> added,
        List<CatalogParameterChange> removed,
        List<CatalogParameterChange> changed)
    {
        var modelId = sharing[0].Model.Id;
        var allModes = sharing.Select(pair => pair.Mode.Id).ToList();
        var localNames = sharing.SelectMany(pair => pair.Mode.Parameters).Select(parameter => parameter.Name).Distinct(StringComparer.Ordinal).ToList();
        var grouped = new Dictionary<(string Name, CatalogParameterAspect Aspect, string? Local, string? Remote), (List<string> Modes, string? Note)>();
        var order = new List<(string, CatalogParameterAspect, string?, string?)>();

        void Add(string name, CatalogParameterAspect aspect, string? local, string? remote, string modeId, string? note = null)
        {
            var key = (name, aspect, local, remote);
            if (!grouped.TryGetValue(key, out var entry))
            {
                grouped[key] = entry = ([], note);
                order.Add(key);
            }

            entry.Modes.Add(modeId);
        }

        foreach (var name in localNames)
        {
            var holders = sharing.Where(pair => pair.Mode.FindParameter(name) is not null).Select(pair => (pair.Mode.Id, Parameter: pair.Mode.FindParameter(name)!)).ToList();
            if (schema.FindParameter(name) is not { } remote)
            {
                var near = schema.Parameters.FirstOrDefault(candidate => string.Equals(candidate.Name.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase));
                removed.Add(new CatalogParameterChange
                {
                    ApiModel = apiModel,
                    ModelId = modelId,
                    ModeIds = [.. holders.Select(holder => holder.Id)],
                    Parameter = name,
                    Aspect = CatalogParameterAspect.Presence,
                    Local = ParameterText.Describe(holders[0].Parameter),
                    Note = near is null ? null : $"KIE's schema has '{near.Name}', which differs only in spaces or case; keys are sent verbatim.",
                });
                continue;
            }

            foreach (var (modeId, local) in holders)
            {
                foreach (var (aspect, localText, remoteText, note) in Differences(local, remote))
                {
                    Add(name, aspect, localText, remoteText, modeId, note);
                }
            }

            var flags = holders.Select(holder => holder.Parameter.Required).Distinct().ToList();
            if ((sharing.Count == 1 || (holders.Count == sharing.Count && flags.Count == 1)) && flags[0] != remote.Required)
            {
                foreach (var (modeId, _) in holders)
                {
                    Add(name, CatalogParameterAspect.Required, ParameterText.Required(flags[0]), ParameterText.Required(remote.Required), modeId);
                }
            }
        }

        foreach (var remote in schema.Parameters.Where(parameter => !localNames.Contains(parameter.Name, StringComparer.Ordinal)))
        {
            added.Add(new CatalogParameterChange
            {
                ApiModel = apiModel,
                ModelId = modelId,
                ModeIds = allModes,
                Parameter = remote.Name,
                Aspect = CatalogParameterAspect.Presence,
                Remote = ParameterText.Describe(remote),
            });
        }

        changed.AddRange(order.Select(key => new CatalogParameterChange
        {
            ApiModel = apiModel,
            ModelId = modelId,
            ModeIds = grouped[key].Modes.AsReadOnly(),
            Parameter = key.Item1,
            Aspect = key.Item2,
            Local = key.Item3,
            Remote = key.Item4,
            Note = grouped[key].Note,
        }));
    }

    private static IEnumerable<(CatalogParameterAspect Aspect, string? Local, string? Remote, string? Note)> Differences(KieModelParameter local, KieSchemaParameter remote)
    {
        if (remote.Type is { } remoteType && Kind(local.Type) != Kind(remoteType))
        {
            yield return (CatalogParameterAspect.Type, ParameterText.TypeName(local.Type), ParameterText.TypeName(remote), null);
        }

        if (remote.AllowedValues.Count > 0 && local.Type is not KieParameterType.Boolean)
        {
            var localValues = local.AllowedValues;
            if (localValues.Count == 0)
            {
                if (local.Type is KieParameterType.String or KieParameterType.Integer or KieParameterType.Number)
                {
                    yield return (CatalogParameterAspect.AllowedValues, "any", ParameterText.Values(remote.AllowedValues), "KIE now restricts the values.");
                }
            }
            else if (!localValues.ToHashSet(StringComparer.Ordinal).SetEquals(remote.AllowedValues))
            {
                var gained = remote.AllowedValues.Except(localValues, StringComparer.Ordinal).ToList();
                var lost = localValues.Except(remote.AllowedValues, StringComparer.Ordinal).ToList();
                var note = string.Join("; ", new[]
                {
                    gained.Count > 0 ? "KIE adds " + ParameterText.Values(gained) : null,
                    lost.Count > 0 ? "KIE drops " + ParameterText.Values(lost) : null,
                }.Where(part => part is not null));
                yield return (CatalogParameterAspect.AllowedValues, ParameterText.Values(localValues), ParameterText.Values(remote.AllowedValues), note);
            }
        }

        if (remote.Minimum is { } minimum && minimum != local.Minimum)
        {
            yield return (CatalogParameterAspect.Minimum, ParameterText.Number(local.Minimum), ParameterText.Number(minimum), null);
        }

        if (remote.Maximum is { } maximum && maximum != local.Maximum)
        {
            yield return (CatalogParameterAspect.Maximum, ParameterText.Number(local.Maximum), ParameterText.Number(maximum), null);
        }
    }

    /// <summary>
    /// The JSON shape a type is sent as. URLs and enums are strings on the wire and KIE's schemas rarely mark either, so
    /// they compare equal to plain strings; an enum sent as text against a schema wanting numbers does not.
    /// </summary>
    private static string Kind(KieParameterType type) => type switch
    {
        KieParameterType.String or KieParameterType.Url or KieParameterType.Enum => "text",
        KieParameterType.UrlList or KieParameterType.StringList => "text list",
        _ => ParameterText.TypeName(type),
    };
}
