using Kie.Sdk.Catalog;

namespace Kie.Sdk.Budget;

/// <summary>
/// Enforces <see cref="KieClientOptions.MaxCreditsPerTask"/> and <see cref="KieClientOptions.MaxCreditsPerDay"/>
/// before createTask: a catalogued task is priced with the catalog and refused when it would break a cap. One per
/// client (it holds the day's total), thread-safe.
/// </summary>
/// <remarks>
/// The day's credits are reserved when the check passes, not after KIE answers, so concurrent creates cannot together
/// overdraw the cap (the bot before this SDK checked first and charged later, and parallel jobs overdrew). A create
/// that certainly made no task gives its reservation back (<see cref="Settle"/>); one whose outcome is unknown keeps
/// it, since KIE may have started, and may charge for, the task.
/// </remarks>
internal sealed class BudgetGuard
{
    private readonly Lock _gate = new();
    private DateOnly _day;
    private decimal _spent;

    /// <summary>
    /// Checks a task against the caps and reserves its credits in today's total. A no-op (an empty hold) when no cap
    /// or no catalog is set, or when the model is not catalogued.
    /// </summary>
    /// <param name="options">The client's options (caps and catalog).</param>
    /// <param name="apiModel">The API model id sent.</param>
    /// <param name="validated">The catalog guard's accepted validation, or <see langword="null"/> for an uncatalogued model.</param>
    /// <param name="time">The client's clock; the day is its UTC date.</param>
    /// <returns>The reservation, to settle if the create fails.</returns>
    /// <exception cref="KieBudgetExceededException">A cap would be broken, or a cap is set and no price is known for the input.</exception>
    public BudgetHold Reserve(KieClientOptions options, string apiModel, KieInputValidationResult? validated, TimeProvider time)
    {
        if ((options.MaxCreditsPerTask is null && options.MaxCreditsPerDay is null) || validated is null)
        {
            return default;
        }

        var credits = Estimate(validated);

        if (options.MaxCreditsPerTask is { } perTask && (credits is null || credits > perTask))
        {
            throw new KieBudgetExceededException(apiModel, KieBudgetLimit.PerTask, perTask, credits);
        }

        if (options.MaxCreditsPerDay is not { } perDay)
        {
            return default;
        }

        if (credits is not { } cost)
        {
            throw new KieBudgetExceededException(apiModel, KieBudgetLimit.PerDay, perDay, null);
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        lock (_gate)
        {
            if (today != _day)
            {
                _day = today;
                _spent = 0;
            }

            if (_spent + cost > perDay)
            {
                throw new KieBudgetExceededException(apiModel, KieBudgetLimit.PerDay, perDay, cost, _spent);
            }

            _spent += cost;
            return new BudgetHold(today, cost);
        }
    }

    /// <summary>
    /// Gives a failed create's reservation back when KIE certainly made no task: anything but an unknown outcome
    /// (<see cref="KieSubmissionUnknownException"/>, or cancellation after the request went out).
    /// </summary>
    /// <param name="hold">The reservation from <see cref="Reserve"/>.</param>
    /// <param name="error">Why the create failed.</param>
    /// <param name="sent">Whether the request had started to go out.</param>
    public void Settle(BudgetHold hold, Exception error, bool sent)
    {
        if (hold.Credits == 0 || error is KieSubmissionUnknownException || (sent && error is OperationCanceledException))
        {
            return;
        }

        lock (_gate)
        {
            // A reservation from a day already over belongs to that day's total, which no longer limits anything.
            if (hold.Day == _day)
            {
                _spent -= hold.Credits;
            }
        }
    }

    /// <summary>The credits of the validated input, or <see langword="null"/> when no price is known for it.</summary>
    private static decimal? Estimate(KieInputValidationResult validated)
    {
        try
        {
            return CreditEstimator.Estimate(validated.Model, validated.Mode, validated.Normalised, includeTiers: false).Credits;
        }
        catch (KieNotSellableException)
        {
            // No price for this input: with a cap set, an unknown cost cannot be let through.
            return null;
        }
    }
}
