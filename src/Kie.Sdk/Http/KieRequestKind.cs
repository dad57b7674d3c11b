namespace Kie.Sdk.Http;

/// <summary>What a request does, which decides whether it may be retried.</summary>
internal enum KieRequestKind
{
    /// <summary>A call without side effects (status, credits, download link): safe to retry.</summary>
    Read,

    /// <summary>A call that starts paid or stored work (createTask, uploads): retried only when provably not processed.</summary>
    Submit,

    /// <summary>A submission whose body cannot be sent twice (a one-way stream): never retried.</summary>
    SubmitOnce,

    /// <summary>A file download from a storage host: safe to retry, no API envelope.</summary>
    Download,
}
