namespace Kie.Sdk.TrimProbe;

/// <summary>Runs named checks, prints one line each, and turns the tally into the exit code.</summary>
internal sealed class Probe
{
    private int _passed;
    private int _failed;

    public async Task CheckAsync(string what, Func<Task> check)
    {
        try
        {
            await check();
            Pass(what);
        }
        catch (Exception exception)
        {
            Fail(what, exception);
        }
    }

    public void Check(string what, Action check)
    {
        try
        {
            check();
            Pass(what);
        }
        catch (Exception exception)
        {
            Fail(what, exception);
        }
    }

    /// <summary>0 when every check passed; otherwise 1. Later checks still run after a failure, so one run shows every break.</summary>
    public int Finish()
    {
        if (_failed > 0)
        {
            Console.WriteLine($"trim probe: {_failed} of {_passed + _failed} checks failed");
            return 1;
        }

        Console.WriteLine($"trim probe: {_passed} checks passed");
        return 0;
    }

    private void Pass(string what)
    {
        _passed++;
        Console.WriteLine($"ok: {what}");
    }

    private void Fail(string what, Exception exception)
    {
        _failed++;
        // The whole exception: under trimming the interesting part is often an inner exception or the stack.
        var detail = exception is ProbeFailure ? exception.Message : exception.ToString();
        Console.WriteLine($"FAIL: {what}: {detail}");
    }
}

/// <summary>A check's expectation that did not hold.</summary>
internal sealed class ProbeFailure(string message) : Exception(message)
{
    public static void Unless(bool condition, string message)
    {
        if (!condition)
        {
            throw new ProbeFailure(message);
        }
    }

    /// <summary>Runs an action that must throw <typeparamref name="TException"/>, and returns that exception.</summary>
    public static async Task<TException> ThrownBy<TException>(Func<Task> action)
        where TException : Exception
    {
        try
        {
            await action();
        }
        catch (TException expected)
        {
            return expected;
        }

        throw new ProbeFailure($"expected {typeof(TException).Name}, but nothing was thrown");
    }

    /// <inheritdoc cref="ThrownBy{TException}(Func{Task})"/>
    public static TException ThrownBy<TException>(Action action)
        where TException : Exception
    {
        try
        {
            action();
        }
        catch (TException expected)
        {
            return expected;
        }

        throw new ProbeFailure($"expected {typeof(TException).Name}, but nothing was thrown");
    }
}
