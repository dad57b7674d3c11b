namespace Kie.Sdk.Testing.Tasks;

/// <summary>The account balance; <see cref="decimal"/> is not atomic, so every access takes the lock.</summary>
internal sealed class CreditAccount(decimal initial)
{
    private readonly Lock _gate = new();
    private decimal _balance = initial;

    public decimal Balance
    {
        get
        {
            lock (_gate)
            {
                return _balance;
            }
        }

        set
        {
            lock (_gate)
            {
                _balance = value;
            }
        }
    }

    public void Deduct(decimal amount)
    {
        lock (_gate)
        {
            _balance -= amount;
        }
    }
}
