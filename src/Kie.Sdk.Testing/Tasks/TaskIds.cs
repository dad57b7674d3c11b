namespace Kie.Sdk.Testing.Tasks;

/// <summary>
/// Task ids in KIE's 32-hex format, derived from a sequence number so that runs are repeatable (no randomness):
/// SplitMix64 is a bijection, so distinct numbers give distinct ids.
/// </summary>
internal static class TaskIds
{
    public static string For(long sequence)
    {
        var high = Mix(unchecked((ulong)sequence));
        var low = Mix(high ^ 0x5DEECE66DUL);
        return $"{high:x16}{low:x16}";
    }

    private static ulong Mix(ulong value)
    {
        unchecked
        {
            value += 0x9E3779B97F4A7C15UL;
            value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
            value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
            return value ^ (value >> 31);
        }
    }
}
