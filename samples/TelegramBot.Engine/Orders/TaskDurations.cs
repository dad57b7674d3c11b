using Kie.Samples.TelegramBot.Store;
using Kie.Sdk;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Kie.Samples.TelegramBot.Orders;

/// <summary>
/// Keeps how long each succeeded task took by KIE's clock and, at start-up, teaches the KIE client the latest of each
/// model (<see cref="IKieClient.RecordTaskDuration"/>): the SDK learns where to place a wait's first status read from
/// the tasks it waited for, and that knowledge would otherwise be lost with every restart.
/// </summary>
public sealed partial class TaskDurations
{
    /// <summary>Durations kept and taught per model: the SDK uses the latest 32.</summary>
    public const int KeptPerModel = 32;

    // All but the latest KeptPerModel durations of one model.
    private const string DropOlder =
        "DELETE FROM task_durations WHERE api_model = $model AND order_id IN (SELECT order_id FROM task_durations " +
        "WHERE api_model = $model ORDER BY finished_at DESC, order_id LIMIT -1 OFFSET $kept)";

    private readonly BotDatabase _database;
    private readonly IKieClient _kie;
    private readonly ILogger<TaskDurations> _logger;

    /// <summary>Creates the store.</summary>
    /// <param name="database">The database.</param>
    /// <param name="kie">The KIE client to teach.</param>
    /// <param name="logger">The logger.</param>
    public TaskDurations(BotDatabase database, IKieClient kie, ILogger<TaskDurations> logger)
    {
        _database = database;
        _kie = kie;
        _logger = logger;
    }

    /// <summary>
    /// Records a succeeded task's duration inside the caller's transaction and drops the model's durations older than the
    /// latest <see cref="KeptPerModel"/>, so the table stays small however long the bot runs; a status without KIE's
    /// times records nothing.
    /// </summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="transaction">The caller's transaction.</param>
    /// <param name="order">The order the task belongs to.</param>
    /// <param name="status">The task's successful status.</param>
    /// <returns>A task that completes when written.</returns>
    public static async Task RecordAsync(SqliteConnection connection, SqliteTransaction transaction, OrderRecord order, KieTaskStatus status)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(status);
        if (status is not { CreatedAt: { } created, CompletedAt: { } completed } || completed <= created)
        {
            return;
        }

        var model = status.Model ?? order.ApiModel;
        await connection.ExecuteAsync(
            "INSERT INTO task_durations (order_id, api_model, duration_ms, finished_at) VALUES ($order, $model, $ms, $at) ON CONFLICT DO NOTHING",
            transaction,
            ("$order", order.Id), ("$model", model), ("$ms", (long)(completed - created).TotalMilliseconds), ("$at", completed.ToUnixTimeMilliseconds())).ConfigureAwait(false);
        await connection.ExecuteAsync(DropOlder, transaction, ("$model", model), ("$kept", KeptPerModel)).ConfigureAwait(false);
    }

    /// <summary>Drops all but the latest <see cref="KeptPerModel"/> durations of each model and teaches the client the rest.</summary>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>How many durations the client was taught.</returns>
    public async Task<int> TeachClientAsync(CancellationToken cancellationToken = default)
    {
        // Rows are kept to the latest per model as they are written; this also trims tables written before that rule.
        await _database.WriteAsync(
            async (connection, transaction) =>
            {
                var models = new List<string>();
                await using (var command = connection.Command("SELECT DISTINCT api_model FROM task_durations", transaction))
                await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        models.Add(reader.GetString(0));
                    }
                }

                foreach (var model in models)
                {
                    await connection.ExecuteAsync(DropOlder, transaction, ("$model", model), ("$kept", KeptPerModel)).ConfigureAwait(false);
                }

                return models.Count;
            },
            cancellationToken).ConfigureAwait(false);

        var durations = await _database.ReadAsync(
            async connection =>
            {
                var rows = new List<(string Model, long Milliseconds)>();
                await using var command = connection.Command("SELECT api_model, duration_ms FROM task_durations ORDER BY finished_at, order_id", null);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    rows.Add((reader.GetString(0), reader.GetInt64(1)));
                }

                return rows;
            },
            cancellationToken).ConfigureAwait(false);

        // Oldest first, so the client's own "latest 32" window ends on the newest.
        var taught = durations.Count(row => _kie.RecordTaskDuration(row.Model, TimeSpan.FromMilliseconds(row.Milliseconds)));
        LogTaught(taught, durations.Select(row => row.Model).Distinct(StringComparer.Ordinal).Count());
        return taught;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Taught the KIE client {Count} task durations of {Models} models from earlier runs")]
    private partial void LogTaught(int count, int models);
}
