using System.Globalization;

namespace Kie.Sdk.Catalog;

/// <summary>How parameters and their aspects read in a sync report; type names are the catalog JSON's.</summary>
internal static class ParameterText
{
    public static string TypeName(KieParameterType type) => type switch
    {
        KieParameterType.String => "string",
        KieParameterType.Enum => "enum",
        KieParameterType.Integer => "integer",
        KieParameterType.Number => "number",
        KieParameterType.Boolean => "boolean",
        KieParameterType.Url => "url",
        KieParameterType.UrlList => "url_list",
        KieParameterType.StringList => "string_list",
        KieParameterType.ObjectList => "object_list",
        _ => type.ToString(),
    };

    public static string TypeName(KieSchemaParameter parameter) => parameter.Type is { } type ? TypeName(type) : parameter.SchemaType ?? "untyped";

    public static string Describe(KieModelParameter parameter) =>
        $"{TypeName(parameter.Type)}, {(parameter.Required ? "required" : "optional")}: {parameter.DescribeAllowed()}";

    public static string Describe(KieSchemaParameter parameter)
    {
        var parts = new List<string> { TypeName(parameter), parameter.Required ? "required" : "optional" };
        if (parameter.AllowedValues.Count > 0)
        {
            parts.Add("one of " + Values(parameter.AllowedValues));
        }

        if (parameter.Minimum is not null || parameter.Maximum is not null)
        {
            parts.Add($"{Number(parameter.Minimum)}–{Number(parameter.Maximum)}");
        }

        if (parameter.MaxItems is { } items)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"up to {items} items"));
        }

        if (parameter.MaxLength is { } length)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"up to {length} characters"));
        }

        return string.Join(", ", parts);
    }

    public static string Values(IEnumerable<string> values) => string.Join(", ", values);

    public static string Number(decimal? value) => value is { } number ? ValueText.Canonical(number) : "none";

    public static string Required(bool required) => required ? "required" : "optional";
}
