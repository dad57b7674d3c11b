namespace Kie.Sdk;

/// <summary>One problem with a request's input: which field, what is wrong, what is allowed.</summary>
/// <param name="Field">The input field (parameter name), or <c>model</c> / <c>input</c> for the request as a whole.</param>
/// <param name="Message">What is wrong, in words a person can act on.</param>
/// <param name="Allowed">What the field accepts (values, range, length), when known.</param>
public sealed record KieValidationProblem(string Field, string Message, string? Allowed = null)
{
    /// <inheritdoc />
    public override string ToString() => Allowed is null ? $"{Field}: {Message}" : $"{Field}: {Message} (allowed: {Allowed})";
}
