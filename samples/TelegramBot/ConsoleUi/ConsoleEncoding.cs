using System.Text;

namespace Kie.Samples.TelegramBot.ConsoleUi;

/// <summary>The bot's screens carry emoji and Cyrillic: make the Windows console speak UTF-8 (other systems already do).</summary>
internal static class ConsoleEncoding
{
    /// <summary>
    /// Switches the console to UTF-8 on Windows. Call before taking <see cref="Console.Out"/>: changing the encoding
    /// replaces the writer.
    /// </summary>
    public static void UseUtf8()
    {
        if (!OperatingSystem.IsWindows())
        {
            return;
        }

        try
        {
            Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
            Console.InputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        }
        catch (IOException)
        {
            // No console attached (redirected streams): the bytes go through as they are.
        }
    }
}
