using System.Reflection;
using Microsoft.Data.Sqlite;

namespace Kie.Samples.TelegramBot.Store;

/// <summary>
/// The bot's SQLite database: opens connections (one per operation, as Microsoft.Data.Sqlite connections are not
/// thread-safe), creates the schema from the embedded <c>Store/Schema/*.sql</c> scripts in name order, and runs write
/// transactions with <c>BEGIN IMMEDIATE</c>, one at a time in this process, so writers queue for the lock up front
/// instead of failing to upgrade or spinning on "database is busy".
/// </summary>
public sealed class BotDatabase
{
    private readonly string _connectionString;
    private readonly SemaphoreSlim _initLock = new(1, 1);

    // SQLite has one writer at a time. Letting many BEGIN IMMEDIATE transactions race for the file lock makes
    // Microsoft.Data.Sqlite retry "database is busy" with blocking sleeps on pool threads; queueing them here instead
    // costs nothing (they would wait anyway) and keeps the threads free.
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private long _operationsStarted;
    private int _inFlight;
    private readonly AsyncLocal<bool> _inWrite = new();
    private volatile bool _initialized;

    /// <summary>Creates the database handle for a file path (its folder is created) or a full connection string.</summary>
    /// <param name="pathOrConnectionString">A file path such as <c>data/bot.db</c>, or a string containing <c>Data Source=</c>.</param>
    public BotDatabase(string pathOrConnectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pathOrConnectionString);
        if (pathOrConnectionString.Contains("Data Source=", StringComparison.OrdinalIgnoreCase))
        {
            _connectionString = pathOrConnectionString;
            return;
        }

        var full = Path.GetFullPath(pathOrConnectionString);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>The connection string (a file path; holds no secret).</summary>
    public string ConnectionString => _connectionString;

    /// <summary>How many reads and writes have started since the database was created (diagnostics; tests use it, with
    /// <see cref="OperationsInFlight"/>, to tell when the bot has gone quiet before moving a fake clock).</summary>
    public long OperationsStarted => Interlocked.Read(ref _operationsStarted);

    /// <summary>Reads and writes started and not yet finished (including writes waiting for the write lock).</summary>
    public int OperationsInFlight => Volatile.Read(ref _inFlight);

    /// <summary>Creates the tables and indexes if they do not exist yet; safe to call more than once.</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when the schema is in place.</returns>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (_initialized)
        {
            return;
        }

        await _initLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_initialized)
            {
                return;
            }

            await using var connection = new SqliteConnection(_connectionString);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, "PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
            foreach (var script in SchemaScripts())
            {
                await ExecuteAsync(connection, script, cancellationToken).ConfigureAwait(false);
            }

            _initialized = true;
        }
        finally
        {
            _initLock.Release();
        }
    }

    /// <summary>Opens a connection with the bot's settings (foreign keys on, WAL-friendly synchronous mode).</summary>
    /// <param name="cancellationToken">Cancels opening.</param>
    /// <returns>An open connection; the caller disposes it.</returns>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);

        // NORMAL is durable across application crashes in WAL mode (only a power cut can lose the last commits).
        await ExecuteAsync(connection, "PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;", cancellationToken).ConfigureAwait(false);
        return connection;
    }

    /// <summary>Runs <paramref name="work"/> in one <c>BEGIN IMMEDIATE</c> transaction and commits it.</summary>
    /// <typeparam name="T">What the work returns.</typeparam>
    /// <param name="work">The reads and writes; throwing rolls everything back.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>What <paramref name="work"/> returned.</returns>
    public async Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (_inWrite.Value)
        {
            // A nested write would wait for the lock its own caller holds: a bug to fix, not a hang to debug.
            throw new InvalidOperationException("A write transaction was started inside another one; pass the open connection and transaction instead.");
        }

        Started();
        try
        {
            await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
            _inWrite.Value = true;
            try
            {
                await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
                await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                var result = await work(connection, transaction).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return result;
            }
            finally
            {
                _inWrite.Value = false;
                _writeLock.Release();
            }
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    /// <summary>Runs <paramref name="work"/> on an open connection without a transaction (single reads).</summary>
    /// <typeparam name="T">What the work returns.</typeparam>
    /// <param name="work">The reads.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>What <paramref name="work"/> returned.</returns>
    public async Task<T> ReadAsync<T>(Func<SqliteConnection, Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        Started();
        try
        {
            await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            return await work(connection).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private void Started()
    {
        Interlocked.Increment(ref _operationsStarted);
        Interlocked.Increment(ref _inFlight);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static IEnumerable<string> SchemaScripts()
    {
        var assembly = typeof(BotDatabase).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Schema.", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            yield return reader.ReadToEnd();
        }
    }
}
