using Kie.Samples.TelegramBot.Conversation;

namespace Kie.Samples.TelegramBot.Delivery;

/// <summary>
/// Splits result files into messages: files that may share an album (photos with videos, audio with audio, documents
/// with documents) are grouped in their original order, and each group is cut into albums of at most ten, as evenly as
/// possible so no album is left with a lone file when it can be avoided (11 → 6 + 5, not 10 + 1).
/// </summary>
public static class AlbumPlan
{
    /// <summary>Telegram's largest album.</summary>
    public const int MaxAlbum = 10;

    /// <summary>Plans the messages.</summary>
    /// <typeparam name="T">The file type.</typeparam>
    /// <param name="files">The files in order.</param>
    /// <param name="kindOf">How each file is shown.</param>
    /// <returns>The messages, each 1–10 files of one album family.</returns>
    public static IReadOnlyList<IReadOnlyList<T>> Split<T>(IReadOnlyList<T> files, Func<T, MediaKind> kindOf)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(kindOf);
        var messages = new List<IReadOnlyList<T>>();
        foreach (var family in files.GroupBy(file => MediaKinds.AlbumFamily(kindOf(file))))
        {
            var members = family.ToArray();
            var count = (members.Length + MaxAlbum - 1) / MaxAlbum;
            var start = 0;
            for (var part = 0; part < count; part++)
            {
                // The first (length % count) parts take one file more than the rest.
                var size = (members.Length / count) + (part < members.Length % count ? 1 : 0);
                messages.Add(members[start..(start + size)]);
                start += size;
            }
        }

        return messages;
    }
}
