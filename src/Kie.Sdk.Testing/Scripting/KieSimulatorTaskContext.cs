using System.Text.Json;

namespace Kie.Sdk.Testing;

/// <summary>What a rule added with <see cref="KieSimulator.AddRule"/> sees of a task being created.</summary>
public sealed class KieSimulatorTaskContext
{
    internal KieSimulatorTaskContext(string model, JsonElement input, Uri? callbackUrl, string? prompt)
    {
        Model = model;
        Input = input;
        CallbackUrl = callbackUrl;
        Prompt = prompt;
    }

    /// <summary>The model id, as sent.</summary>
    public string Model { get; }

    /// <summary>The task's input object, keys as sent (read-only).</summary>
    public JsonElement Input { get; }

    /// <summary>The <c>callBackUrl</c>, if any.</summary>
    public Uri? CallbackUrl { get; }

    /// <summary>The input's <c>prompt</c> (or <c>text</c>, for speech models), if it is a string.</summary>
    public string? Prompt { get; }
}
