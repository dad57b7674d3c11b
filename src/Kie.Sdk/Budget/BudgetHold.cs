namespace Kie.Sdk.Budget;

/// <summary>Credits reserved in one UTC day's total by <see cref="BudgetGuard.Reserve"/>; empty (0 credits) when nothing was reserved.</summary>
/// <param name="Day">The UTC day the credits count against.</param>
/// <param name="Credits">The credits reserved.</param>
internal readonly record struct BudgetHold(DateOnly Day, decimal Credits);
