using System.Globalization;

namespace Kie.Sdk.Catalog;

/// <summary>Builds the "allowed" text of a parameter: what a person should type instead.</summary>
internal static class ParameterDescriptions
{
    public static string Describe(KieModelParameter parameter) => parameter.Type switch
    {
        KieParameterType.Enum => $"one of {string.Join(", ", parameter.AllowedValues)}",
        KieParameterType.Integer => Numeric("whole number", parameter),
        KieParameterType.Number => Numeric("number", parameter),
        KieParameterType.Boolean => "true or false (yes/no)",
        KieParameterType.Url => "an absolute http(s) URL",
        KieParameterType.UrlList => $"a list of {Items(parameter)}absolute http(s) URLs (comma or newline separated)",
        KieParameterType.StringList => $"a list of {Items(parameter)}texts{Length(parameter, " each")}",
        KieParameterType.ObjectList when parameter.ItemParameters.Count == 0 => $"a list of {Items(parameter)}objects",
        KieParameterType.ObjectList => $"a list of {Items(parameter)}objects with fields {string.Join(", ", parameter.ItemParameters.Select(Field))}",
        _ => $"text{Length(parameter, string.Empty)}",
    };

    private static string Field(KieModelParameter item) => item.Required ? $"{item.Name}* ({Describe(item)})" : $"{item.Name} ({Describe(item)})";

    private static string Numeric(string kind, KieModelParameter parameter)
    {
        if (parameter.AllowedValues.Count > 0)
        {
            return $"one of {string.Join(", ", parameter.AllowedValues)}";
        }

        return (parameter.Minimum, parameter.Maximum) switch
        {
            ({ } min, { } max) => string.Create(CultureInfo.InvariantCulture, $"{kind} from {min} to {max}"),
            ({ } min, null) => string.Create(CultureInfo.InvariantCulture, $"{kind} of at least {min}"),
            (null, { } max) => string.Create(CultureInfo.InvariantCulture, $"{kind} of at most {max}"),
            _ => kind,
        };
    }

    private static string Items(KieModelParameter parameter) => (parameter.MinItems, parameter.MaxItems) switch
    {
        ({ } min and > 0, { } max) when min == max => string.Create(CultureInfo.InvariantCulture, $"exactly {max} "),
        ({ } min and > 0, { } max) => string.Create(CultureInfo.InvariantCulture, $"{min} to {max} "),
        (_, { } max) => string.Create(CultureInfo.InvariantCulture, $"up to {max} "),
        ({ } min and > 0, null) => string.Create(CultureInfo.InvariantCulture, $"at least {min} "),
        _ => string.Empty,
    };

    private static string Length(KieModelParameter parameter, string each) => (parameter.MinLength, parameter.MaxLength) switch
    {
        ({ } min and > 1, { } max) => string.Create(CultureInfo.InvariantCulture, $" of {min} to {max} characters{each}"),
        (_, { } max) => string.Create(CultureInfo.InvariantCulture, $" of at most {max} characters{each}"),
        ({ } min and > 1, null) => string.Create(CultureInfo.InvariantCulture, $" of at least {min} characters{each}"),
        ({ } min and 1, null) => " (not empty)",
        _ => string.Empty,
    };
}
