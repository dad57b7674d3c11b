namespace Kie.Sdk;

/// <summary>A request to create a Market task: the model, its input, and optional callback URL and idempotency key.</summary>
/// <example>
/// <code>
/// var request = new CreateTaskRequest("google/nano-banana")
/// {
///     IdempotencyKey = "order-42",
/// };
/// request.Input.Set("prompt", "a red bicycle in the snow").Set("image_size", "16:9");
/// </code>
/// </example>
public sealed class CreateTaskRequest
{
    /// <summary>Creates a request for a model.</summary>
    /// <param name="model">The Market model id exactly as KIE expects it, e.g. <c>google/nano-banana</c> or <c>kling/v2-1-pro</c>.</param>
    /// <exception cref="ArgumentException">The model id is empty.</exception>
    public CreateTaskRequest(string model)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(model);
        Model = model;
    }

    /// <summary>The Market model id, sent verbatim.</summary>
    public string Model { get; }

    /// <summary>The model's parameters.</summary>
    public KieInput Input { get; } = new();

    /// <summary>Where KIE posts the outcome (success and failure). Overrides <see cref="KieClientOptions.DefaultCallbackUrl"/>.</summary>
    public Uri? CallbackUrl { get; set; }

    /// <summary>
    /// A key naming this piece of work (an order id, say). Submitting the same key again returns the first task id
    /// without a second request, and concurrent submissions with one key share one request. See <see cref="IKieIdempotencyStore"/>.
    /// </summary>
    public string? IdempotencyKey { get; set; }
}
