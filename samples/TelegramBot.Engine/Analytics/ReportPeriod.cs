namespace Kie.Samples.TelegramBot.Analytics;

/// <summary>
/// Whole local days [<see cref="From"/>, <see cref="To"/>) in a time zone: reports cut days where the admins live, not
/// at UTC midnight, and a day with a daylight-saving change simply has 23 or 25 hours.
/// </summary>
/// <param name="From">The first day.</param>
/// <param name="To">The day after the last (exclusive).</param>
/// <param name="Zone">The time zone.</param>
public sealed record ReportPeriod(DateOnly From, DateOnly To, TimeZoneInfo Zone)
{
    /// <summary>When the period starts.</summary>
    public DateTimeOffset Start => StartOf(From, Zone);

    /// <summary>When the period ends (exclusive).</summary>
    public DateTimeOffset End => StartOf(To, Zone);

    /// <summary>The days of the period, in order.</summary>
    public IEnumerable<DateOnly> Days
    {
        get
        {
            for (var day = From; day < To; day = day.AddDays(1))
            {
                yield return day;
            }
        }
    }

    /// <summary>One local day.</summary>
    /// <param name="day">The day.</param>
    /// <param name="zone">The time zone.</param>
    /// <returns>The period.</returns>
    public static ReportPeriod Day(DateOnly day, TimeZoneInfo zone) => new(day, day.AddDays(1), zone);

    /// <summary>The last <paramref name="days"/> local days up to and including the one <paramref name="now"/> falls on.</summary>
    /// <param name="now">The current time.</param>
    /// <param name="days">How many days (at least 1).</param>
    /// <param name="zone">The time zone.</param>
    /// <returns>The period.</returns>
    public static ReportPeriod LastDays(DateTimeOffset now, int days, TimeZoneInfo zone)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        var today = LocalDay(now, zone);
        return new ReportPeriod(today.AddDays(1 - days), today.AddDays(1), zone);
    }

    /// <summary>The local day an instant falls on.</summary>
    /// <param name="instant">The instant.</param>
    /// <param name="zone">The time zone.</param>
    /// <returns>The day.</returns>
    public static DateOnly LocalDay(DateTimeOffset instant, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>The instant a local time of a day happens (a time skipped by a clock change moves to the first valid minute after it).</summary>
    /// <param name="day">The day.</param>
    /// <param name="time">The local time of day.</param>
    /// <param name="zone">The time zone.</param>
    /// <returns>The instant.</returns>
    public static DateTimeOffset At(DateOnly day, TimeSpan time, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified) + time;
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }

        // An ambiguous time (clocks going back) is taken at its first occurrence, the larger offset.
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    private static DateTimeOffset StartOf(DateOnly day, TimeZoneInfo zone) => At(day, TimeSpan.Zero, zone);
}
