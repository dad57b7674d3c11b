using Kie.Samples.TelegramBot.Hosting;
using Microsoft.Data.Sqlite;

namespace Kie.Samples.TelegramBot.Archive;

/// <summary>
/// The archive's stores: the one new copies go to (<see cref="Active"/>: S3 when configured, else the folder), and
/// every store a recorded copy may name, so copies made before a switch to S3 can still be read.
/// </summary>
public sealed class ArchiveStores : IDisposable
{
    private readonly Dictionary<string, IResultStore> _byName = new(StringComparer.Ordinal);

    /// <summary>Creates the stores from the options.</summary>
    /// <param name="options">The archive's options.</param>
    /// <param name="bot">The bot's options (the default folder sits next to the database).</param>
    public ArchiveStores(ArchiveOptions options, BotOptions bot)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(bot);
        var local = new LocalResultStore(string.IsNullOrWhiteSpace(options.Folder) ? DefaultFolder(bot.Database) : options.Folder);
        _byName[local.Name] = local;
        Active = local;
        if (options.UsesS3)
        {
            var s3 = new S3ResultStore(options.S3);
            _byName[s3.Name] = s3;
            Active = s3;
        }
    }

    /// <summary>Creates the stores around given ones (tests, custom storage).</summary>
    /// <param name="active">Where new copies go.</param>
    /// <param name="others">Stores older copies may be in.</param>
    public ArchiveStores(IResultStore active, params IResultStore[] others)
    {
        ArgumentNullException.ThrowIfNull(active);
        ArgumentNullException.ThrowIfNull(others);
        foreach (var store in others)
        {
            _byName[store.Name] = store;
        }

        _byName[active.Name] = active;
        Active = active;
    }

    /// <summary>Where new copies go.</summary>
    public IResultStore Active { get; }

    /// <summary>The store with a recorded name, if this bot knows it.</summary>
    /// <param name="name">The name recorded with a copy.</param>
    /// <returns>The store, or null.</returns>
    public IResultStore? Find(string? name) => name is not null && _byName.TryGetValue(name, out var store) ? store : null;

    /// <summary>The default folder: <c>archive</c> next to the database file (<c>data/archive</c> for the default database).</summary>
    /// <param name="database">The database path or connection string.</param>
    /// <returns>The folder.</returns>
    public static string DefaultFolder(string? database)
    {
        var path = database;
        if (path is not null && path.Contains("Data Source=", StringComparison.OrdinalIgnoreCase))
        {
            path = new SqliteConnectionStringBuilder(path).DataSource;
        }

        if (string.IsNullOrWhiteSpace(path) || path.Equals(":memory:", StringComparison.OrdinalIgnoreCase))
        {
            return Path.Combine("data", "archive");
        }

        return Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? "data", "archive");
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var store in _byName.Values)
        {
            (store as IDisposable)?.Dispose();
        }
    }
}
