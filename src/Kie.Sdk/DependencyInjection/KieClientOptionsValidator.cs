using Kie.Sdk;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Validates <see cref="KieClientOptions"/> at start-up with messages that name the configuration key.</summary>
internal sealed class KieClientOptionsValidator : IValidateOptions<KieClientOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, KieClientOptions options)
    {
        var problems = options.Validate();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
