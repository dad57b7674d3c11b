namespace Kie.Sdk;

/// <summary>The lifecycle state of a KIE Market task.</summary>
/// <remarks>
/// KIE sends the state as text (<c>waiting</c>, <c>queuing</c>, <c>generating</c>, <c>success</c>, <c>fail</c>).
/// Text the SDK does not know maps to <see cref="Unknown"/>, never to a guessed member; the original text is kept in
/// <see cref="KieTaskStatus.RawState"/>.
/// </remarks>
public enum KieTaskState
{
    /// <summary>The API sent a state this SDK version does not know (or none). Not terminal.</summary>
    Unknown = 0,

    /// <summary>Accepted, not yet queued (<c>waiting</c>).</summary>
    Waiting,

    /// <summary>In the provider's queue (<c>queuing</c>).</summary>
    Queuing,

    /// <summary>Running (<c>generating</c>).</summary>
    Generating,

    /// <summary>Finished with results (<c>success</c>). Terminal.</summary>
    Success,

    /// <summary>Finished without results (<c>fail</c>); see <see cref="KieTaskStatus.FailCode"/>. Terminal.</summary>
    Failed,
}
