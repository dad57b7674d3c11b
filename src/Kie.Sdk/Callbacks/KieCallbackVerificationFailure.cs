namespace Kie.Sdk;

/// <summary>Why a callback failed verification.</summary>
public enum KieCallbackVerificationFailure
{
    /// <summary>It did not fail: the signature is valid.</summary>
    None = 0,

    /// <summary>No secret is configured, so nothing can be verified. Treat the callback as unverified.</summary>
    NoSecretConfigured,

    /// <summary>The timestamp or signature header is missing.</summary>
    MissingHeaders,

    /// <summary>The timestamp header is not Unix seconds.</summary>
    MalformedTimestamp,

    /// <summary>The timestamp is further from now than the allowed age (a replay, or a badly wrong clock).</summary>
    Expired,

    /// <summary>The body is not JSON or carries no task id (<c>data.taskId</c> or <c>data.task_id</c>).</summary>
    MalformedBody,

    /// <summary>The signature does not match any configured secret.</summary>
    SignatureMismatch,
}
