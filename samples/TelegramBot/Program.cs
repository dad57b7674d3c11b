// The sample Telegram bot's entry point. With no settings at all it runs in the console in demo mode (the offline KIE
// simulator), so `dotnet run --project samples/TelegramBot` works on a fresh machine; see Hosting/BotModeSelector.cs
// for how Telegram:BotToken, Telegram:WebhookUrl and Kie:ApiKey choose the mode, and appsettings.json for every key.
using Kie.Samples.TelegramBot.ConsoleUi;
using Kie.Samples.TelegramBot.Hosting;

ConsoleEncoding.UseUtf8();
return await BotProgram.RunAsync(args, Console.In, Console.Out, Console.Error);
