namespace Kie.Samples.TelegramBot.Tests.Hosting;

/// <summary>Tests that set process environment variables run alone, so no other test reads them half-set.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironmentCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Process environment";
}
