namespace Kie.Samples.TelegramBot.Hosting;

/// <summary>The configuration cannot start the bot; the message names the keys to fix and never contains a secret.</summary>
public sealed class BotConfigurationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public BotConfigurationException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and which key to change.</param>
    public BotConfigurationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and which key to change.</param>
    /// <param name="innerException">The cause.</param>
    public BotConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
