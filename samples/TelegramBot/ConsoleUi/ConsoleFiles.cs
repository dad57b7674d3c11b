using System.Globalization;

namespace Kie.Samples.TelegramBot.ConsoleUi;

/// <summary>
/// Files on the console's side: uploads the bot sends are saved to a temporary folder (so the user can open them), and
/// files the user "sends" are read from their path (the path is the file id).
/// </summary>
internal sealed class ConsoleFiles
{
    private readonly string _folder;
    private int _saved;

    /// <summary>Creates the file helper.</summary>
    /// <param name="folder">Where uploads are saved; default a <c>kie-bot-console</c> folder under the temporary path.</param>
    public ConsoleFiles(string? folder = null)
    {
        _folder = folder ?? Path.Combine(Path.GetTempPath(), "kie-bot-console");
    }

    /// <summary>Copies an upload to a new file and returns its full path.</summary>
    /// <param name="content">The content.</param>
    /// <param name="fileName">The upload's file name (only its name part is used).</param>
    /// <param name="cancellationToken">Cancels the copy.</param>
    /// <returns>The saved file's path.</returns>
    public async Task<string> SaveAsync(Stream content, string fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        Directory.CreateDirectory(_folder);
        // A random part keeps files of an earlier run (same counter values) from clashing.
        var prefix = Guid.NewGuid().ToString("N")[..8] + "-" + Interlocked.Increment(ref _saved).ToString(CultureInfo.InvariantCulture) + "-";
        var path = Path.Combine(_folder, prefix + SafeName(fileName));
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
        {
            await content.CopyToAsync(file, cancellationToken).ConfigureAwait(false);
        }

        return path;
    }

    /// <summary>Opens a file the user sent by path.</summary>
    /// <param name="path">The path (the event's file id).</param>
    /// <returns>The open file.</returns>
    /// <exception cref="FileNotFoundException">The file is gone.</exception>
    public static Stream Open(string path) => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);

    private static string SafeName(string fileName)
    {
        var name = Path.GetFileName(fileName);
        if (string.IsNullOrWhiteSpace(name))
        {
            return "file.bin";
        }

        var invalid = Path.GetInvalidFileNameChars();
        return new string(name.Select(c => invalid.Contains(c) ? '_' : c).ToArray());
    }
}
