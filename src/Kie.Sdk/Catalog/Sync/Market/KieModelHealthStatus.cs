namespace Kie.Sdk.Catalog;

/// <summary>The verdict of a <see cref="KieHealthSummary"/>.</summary>
public enum KieModelHealthStatus
{
    /// <summary>No bucket had traffic: nothing is known (a new or unused model), not a fault.</summary>
    NoTraffic = 0,

    /// <summary>The recent success rate is at or above the threshold.</summary>
    Healthy,

    /// <summary>The recent success rate is below the threshold: warn users or hide the model.</summary>
    Degraded,
}
