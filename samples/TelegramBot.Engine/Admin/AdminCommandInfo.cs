namespace Kie.Samples.TelegramBot.Admin;

/// <summary>
/// One admin command as <c>/admin</c> lists it. Each feature that adds admin commands registers one of these per command
/// (<c>services.AddSingleton(new AdminCommandInfo(...))</c>), so the admin help stays complete without one file knowing
/// every feature. Only admins ever see the list.
/// </summary>
/// <param name="Usage">The command with its arguments, for example <c>/stats [days]</c>.</param>
/// <param name="English">What it does, in English.</param>
/// <param name="Russian">What it does, in Russian.</param>
public sealed record AdminCommandInfo(string Usage, string English, string Russian);
