namespace Kie.Samples.TelegramBot.Analytics;

/// <summary>
/// A day's KIE spend checked against our own tasks. The KIE drop is added up between consecutive readings, counting
/// only decreases: a rise is a top-up (money added to the KIE account) and is reported as such, never as negative
/// spend, so a top-up cannot hide spend from other intervals. Spend and a top-up between the same two readings net
/// out (the reading cannot tell them apart), which can only make the unexplained figure smaller, never invent one.
/// Our side is the credits KIE reported for our tasks completed between the first and the last reading.
/// </summary>
/// <param name="From">The first reading's time.</param>
/// <param name="To">The last reading's time.</param>
/// <param name="KieSpent">The sum of the balance's drops.</param>
/// <param name="TopUps">The sum of its rises.</param>
/// <param name="OurTasks">Credits our tasks consumed in the window.</param>
/// <param name="Tolerance">The allowed unexplained spend.</param>
public sealed record CreditReconciliation(DateTimeOffset From, DateTimeOffset To, decimal KieSpent, decimal TopUps, decimal OurTasks, decimal Tolerance)
{
    /// <summary>Spend that none of our tasks explains (negative when our tasks account for more than the drop).</summary>
    public decimal Unexplained => KieSpent - OurTasks;

    /// <summary>Whether the unexplained spend exceeds the tolerance (someone else may be using the key).</summary>
    public bool IsFlagged => Unexplained > Tolerance;

    /// <summary>Reconciles a window from its bounding readings.</summary>
    /// <param name="snapshots">The readings in time order (at least two).</param>
    /// <param name="ourTasks">The credits our tasks consumed between the first and the last.</param>
    /// <param name="tolerance">The allowed unexplained spend.</param>
    /// <returns>The reconciliation, or null with fewer than two readings.</returns>
    public static CreditReconciliation? Of(IReadOnlyList<CreditSnapshot> snapshots, decimal ourTasks, decimal tolerance)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        if (snapshots.Count < 2)
        {
            return null;
        }

        decimal spent = 0, topUps = 0;
        for (var i = 1; i < snapshots.Count; i++)
        {
            var change = snapshots[i].Credits - snapshots[i - 1].Credits;
            if (change < 0)
            {
                spent -= change;
            }
            else
            {
                topUps += change;
            }
        }

        return new CreditReconciliation(snapshots[0].TakenAt, snapshots[^1].TakenAt, spent, topUps, ourTasks, tolerance);
    }
}
