namespace Kie.Samples.TelegramBot.Menus;

/// <summary>
/// Serialises menu work per user inside this process, so two quick taps (a double-tapped Confirm) cannot both read the
/// same session before either writes it. The chat dispatcher already orders a chat's updates; this also covers callers
/// that bypass it (Retry from another feature, tests, a second adapter). Striped: a fixed set of locks, no growth.
/// </summary>
internal sealed class UserLocks
{
    private readonly SemaphoreSlim[] _locks;

    /// <summary>Creates the locks.</summary>
    /// <param name="stripes">How many locks users share (a power of two).</param>
    public UserLocks(int stripes = 256)
    {
        _locks = new SemaphoreSlim[stripes];
        for (var index = 0; index < stripes; index++)
        {
            _locks[index] = new SemaphoreSlim(1, 1);
        }
    }

    /// <summary>Waits for a user's lock.</summary>
    /// <param name="userId">The user.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A handle that releases the lock when disposed.</returns>
    public async ValueTask<Releaser> EnterAsync(long userId, CancellationToken cancellationToken)
    {
        var gate = _locks[(int)((ulong)userId % (ulong)_locks.Length)];
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Releaser(gate);
    }

    /// <summary>Releases a user's lock.</summary>
    internal readonly struct Releaser : IDisposable
    {
        private readonly SemaphoreSlim _gate;

        /// <summary>Wraps a held lock.</summary>
        /// <param name="gate">The lock.</param>
        public Releaser(SemaphoreSlim gate) => _gate = gate;

        /// <inheritdoc />
        public void Dispose() => _gate.Release();
    }
}
