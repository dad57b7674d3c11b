using System.Security.Cryptography;

namespace Kie.Samples.TelegramBot.Orders;

/// <summary>
/// Order ids: 10 characters of Crockford's base32 (digits and capitals without I, L, O, U), 50 random bits. Short
/// enough to read out to support, free of look-alike letters, safe in callback data, and unguessable.
/// </summary>
public static class OrderIds
{
    /// <summary>The length of an order id.</summary>
    public const int Length = 10;

    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>A new random order id.</summary>
    /// <returns>The id, for example <c>7K2M9QX4TD</c>.</returns>
    public static string New()
    {
        Span<byte> random = stackalloc byte[Length];
        RandomNumberGenerator.Fill(random);
        return string.Create(Length, random.ToArray(), static (chars, bytes) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = Alphabet[bytes[i] & 31];
            }
        });
    }

    /// <summary>Whether text has the shape of an order id (so forged callback data is refused before any lookup).</summary>
    /// <param name="text">The text.</param>
    /// <returns>True for 10 characters of the alphabet.</returns>
    public static bool IsWellFormed(string? text) => text is { Length: Length } && text.All(c => Alphabet.Contains(c, StringComparison.Ordinal));
}
