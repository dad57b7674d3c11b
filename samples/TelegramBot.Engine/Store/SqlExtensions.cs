using Microsoft.Data.Sqlite;

namespace Kie.Samples.TelegramBot.Store;

/// <summary>Small helpers for parameterised SQL (the only kind this bot writes).</summary>
public static class SqlExtensions
{
    /// <summary>Creates a command with its text, transaction and parameters (<c>("$name", value)</c> pairs; null becomes DBNull).</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="sql">The SQL text with <c>$name</c> placeholders.</param>
    /// <param name="transaction">The current transaction, if any.</param>
    /// <param name="parameters">The parameter values.</param>
    /// <returns>The command; the caller disposes it.</returns>
    public static SqliteCommand Command(this SqliteConnection connection, string sql, SqliteTransaction? transaction, params (string Name, object? Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    /// <summary>Runs a statement and returns the number of rows changed.</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="sql">The SQL text.</param>
    /// <param name="transaction">The current transaction, if any.</param>
    /// <param name="parameters">The parameter values.</param>
    /// <returns>Rows changed.</returns>
    public static async Task<int> ExecuteAsync(this SqliteConnection connection, string sql, SqliteTransaction? transaction, params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.Command(sql, transaction, parameters);
        return await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    /// <summary>Runs a query and returns the first column of the first row, or default when there is none or it is NULL.</summary>
    /// <typeparam name="T">The value's type (long, string, …).</typeparam>
    /// <param name="connection">The open connection.</param>
    /// <param name="sql">The SQL text.</param>
    /// <param name="transaction">The current transaction, if any.</param>
    /// <param name="parameters">The parameter values.</param>
    /// <returns>The value, or default.</returns>
    public static async Task<T?> ScalarAsync<T>(this SqliteConnection connection, string sql, SqliteTransaction? transaction, params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.Command(sql, transaction, parameters);
        var value = await command.ExecuteScalarAsync().ConfigureAwait(false);
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }
}
