using System.Text.Json.Nodes;

namespace Kie.Sdk.Catalog;

/// <summary>
/// The client's check before createTask: a catalogued model's input is validated and refused before any HTTP call;
/// an uncatalogued model passes through unchecked, so a model KIE added yesterday works today.
/// </summary>
internal static class CatalogGuard
{
    /// <summary>
    /// Returns the input to send: the request's own when there is no catalog or the model is not in it; otherwise the
    /// validated values, coerced to their declared types ("1080p" sent as the declared "1080P", "5" as the integer 5),
    /// limited to the keys the caller set (defaults are left to KIE).
    /// </summary>
    /// <exception cref="KieValidationException">The input is not valid, or the model is disabled; every problem is listed.</exception>
    public static JsonObject InputToSend(ModelCatalog? catalog, CreateTaskRequest request) => Check(catalog, request).Input;

    /// <summary>
    /// Validates like <see cref="InputToSend"/> and also returns the validation of the chosen mode (or
    /// <see langword="null"/> for an uncatalogued model), so the budget guard prices exactly what was checked.
    /// </summary>
    /// <exception cref="KieValidationException">The input is not valid, or the model is disabled; every problem is listed.</exception>
    public static CatalogCheck Check(ModelCatalog? catalog, CreateTaskRequest request)
    {
        var given = request.Input.AsJsonObject();
        var candidates = catalog?.FindAllByApiModel(request.Model) ?? [];
        if (candidates.Count == 0)
        {
            return new CatalogCheck(given, null);
        }

        // Modes sharing one API id differ in what they require (Seedance: a prompt, a first frame or reference
        // images): the input is fine when any of them accepts it; otherwise the closest mode's problems are reported.
        KieInputValidationResult? best = null;
        foreach (var (model, mode) in candidates)
        {
            var attempt = InputValidator.Validate(model, mode, given);
            if (attempt.IsValid)
            {
                best = attempt;
                break;
            }

            if (best is null || attempt.Problems.Count < best.Problems.Count)
            {
                best = attempt;
            }
        }

        var result = best!;
        if (!result.IsValid)
        {
            throw new KieValidationException(request.Model, result.Problems);
        }

        var send = new JsonObject();
        foreach (var (key, value) in result.Normalised)
        {
            if (!result.DefaultedKeys.Contains(key))
            {
                send[key] = value?.DeepClone();
            }
        }

        return new CatalogCheck(send, result);
    }
}

/// <summary>What the catalog guard decided: the input to send, and the validation behind it when the model is catalogued.</summary>
/// <param name="Input">The input to send.</param>
/// <param name="Validated">The accepted validation, or <see langword="null"/> for a model the catalog does not know.</param>
internal readonly record struct CatalogCheck(JsonObject Input, KieInputValidationResult? Validated);
