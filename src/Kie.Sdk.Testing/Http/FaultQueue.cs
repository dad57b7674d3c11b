namespace Kie.Sdk.Testing.Http;

/// <summary>Faults waiting for the next request whose path ends with their suffix; each is used once, oldest first.</summary>
internal sealed class FaultQueue
{
    private readonly Lock _gate = new();
    private readonly List<(string Suffix, KieSimulatorFault Fault)> _pending = [];

    // Read without the lock so that the common case, no faults, costs nothing under heavy load.
    private int _count;

    public void Enqueue(string pathSuffix, KieSimulatorFault fault)
    {
        ArgumentException.ThrowIfNullOrEmpty(pathSuffix);
        ArgumentNullException.ThrowIfNull(fault);
        lock (_gate)
        {
            _pending.Add((pathSuffix, fault));
            Volatile.Write(ref _count, _pending.Count);
        }
    }

    public KieSimulatorFault? TryTake(string path)
    {
        if (Volatile.Read(ref _count) == 0)
        {
            return null;
        }

        lock (_gate)
        {
            var index = _pending.FindIndex(entry => path.EndsWith(entry.Suffix, StringComparison.Ordinal));
            if (index < 0)
            {
                return null;
            }

            var fault = _pending[index].Fault;
            _pending.RemoveAt(index);
            Volatile.Write(ref _count, _pending.Count);
            return fault;
        }
    }
}
