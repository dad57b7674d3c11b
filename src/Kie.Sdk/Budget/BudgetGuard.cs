using System.Text.Json.Nodes;
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
    /// <param name="input">The input as it will be sent (already validated by the catalog guard).</param>
    /// <param name="time">The client's clock; the day is its UTC date.</param>
    /// <returns>The reservation, to settle if the create fails.</returns>
    /// <exception cref="KieBudgetExceededException">A cap would be broken, or a cap is set and no price is known for the input.</exception>
    public BudgetHold Reserve(KieClientOptions options, string apiModel, JsonObject input, TimeProvider time)
    {
        if ((options.MaxCreditsPerTask is null && options.MaxCreditsPerDay is null) || options.Catalog is not { } catalog)
        {
            return default;
        }

        if (!TryEstimate(catalog, apiModel, input, out var credits))
        {
            return default;
        }

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

    /// <summary>
    /// Prices the input with the catalog, choosing the mode the catalog guard chose: the first of the modes sharing the
    /// API id that accepts the input.
    /// </summary>
    /// <returns><see langword="false"/> when the model is not catalogued (it passes unguarded, like unvalidated);
    /// otherwise <see langword="true"/> with the credits, or <see langword="null"/> credits when no price is known.</returns>
    private static bool TryEstimate(ModelCatalog catalog, string apiModel, JsonObject input, out decimal? credits)
    {
        credits = null;
        foreach (var (model, mode) in catalog.FindAllByApiModel(apiModel))
        {
            var validated = InputValidator.Validate(model, mode, input);
            if (!validated.IsValid)
            {
                continue;
            }

            try
            {
                credits = CreditEstimator.Estimate(model, mode, validated.Normalised, includeTiers: false).Credits;
            }
            catch (KieNotSellableException)
            {
                // No price for this input: with a cap set, an unknown cost cannot be let through.
                credits = null;
            }

            return true;
        }

        // Not catalogued, or no mode accepts the input (then the catalog guard has already refused it).
        return false;
    }
}
