using System.Runtime.CompilerServices;

namespace Proofread.Language.Modeling;

/// <summary>
/// How the n-gram model sees a token: lower-cased, every digit replaced by 0 ("1989" and "2024"
/// are one word "0000"). Three ids are reserved: unknown word, sentence start and sentence end.
/// </summary>
public static class NGramVocabulary
{
    /// <summary>The id of every word the model does not know.</summary>
    public const int UnknownId = 0;

    /// <summary>The id of the sentence-start marker &lt;s&gt;.</summary>
    public const int StartId = 1;

    /// <summary>The id of the sentence-end marker &lt;/s&gt;.</summary>
    public const int EndId = 2;

    /// <summary>The first id of a real word.</summary>
    public const int FirstWordId = 3;

    /// <summary>The largest vocabulary a model file can hold (ids pack into 16 bits).</summary>
    public const int MaxSize = 65535;

    /// <summary>
    /// The normalised form of a token: lower case, digits as 0, curly quotes straight, a lone
    /// dash as "--" and an ellipsis character as "...", as in the training corpus.
    /// </summary>
    public static string Normalize(string token) => Hashing.Respell(token) ?? string.Create(token.Length, token, static (span, t) =>
    {
        for (var i = 0; i < t.Length; i++)
        {
            span[i] = NormalizeChar(t[i]);
        }
    });

    /// <summary>The stable hash of the normalised form of a token (computed without allocating).</summary>
    public static ulong Hash(ReadOnlySpan<char> token)
    {
        if (Hashing.Respell(token) is { } respelled)
        {
            token = respelled;
        }

        var h = 14695981039346656037UL;
        foreach (var c in token)
        {
            h = (h ^ NormalizeChar(c)) * 1099511628211UL;
        }

        return Hashing.Finish(h);
    }

    private static char NormalizeChar(char c) => char.IsAsciiDigit(c) ? '0' : Hashing.Fold(char.ToLowerInvariant(c));
}

/// <summary>Packing of word ids into n-gram keys and the hashing of keys into table slots.</summary>
internal static class NGramKeys
{
    /// <summary>Packs ids (oldest first) into a key, 16 bits each, newest in the low bits.</summary>
    public static ulong Pack(ReadOnlySpan<int> ids)
    {
        ulong key = 0;
        foreach (var id in ids)
        {
            key = (key << 16) | (uint)id;
        }

        return key;
    }

    /// <summary>The 64-bit hash of a key of a given order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Hash(ulong key, int order) => Hashing.Finish((key * 0x9E3779B97F4A7C15UL) + (ulong)order);

    /// <summary>The home slot of a hash in a table of <paramref name="capacity"/> slots.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Slot(ulong hash, int capacity) => (int)(((hash & 0xFFFFFFFFUL) * (ulong)capacity) >> 32);

    /// <summary>The fingerprint of a hash in the top 48 bits of a table entry (never zero).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Tag(ulong hash)
    {
        var tag = hash & 0xFFFFFFFFFFFF0000UL;
        return tag == 0 ? 0x10000UL : tag;
    }

    /// <summary>The mask of the fingerprint bits of a table entry.</summary>
    public const ulong TagMask = 0xFFFFFFFFFFFF0000UL;
}
