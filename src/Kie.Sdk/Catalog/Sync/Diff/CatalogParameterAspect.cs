namespace Kie.Sdk.Catalog;

/// <summary>What differs about a parameter between the catalog and the remote schema.</summary>
public enum CatalogParameterAspect
{
    /// <summary>The parameter exists on one side only (an added or removed parameter).</summary>
    Presence = 0,

    /// <summary>The JSON type differs (e.g. the catalog sends text, the schema wants a number).</summary>
    Type,

    /// <summary>Required on one side, optional on the other.</summary>
    Required,

    /// <summary>The allowed values differ.</summary>
    AllowedValues,

    /// <summary>The minimum differs.</summary>
    Minimum,

    /// <summary>The maximum differs.</summary>
    Maximum,
}
