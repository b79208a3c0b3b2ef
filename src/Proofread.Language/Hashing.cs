using System.Runtime.CompilerServices;

namespace Proofread.Language;

/// <summary>Stable 64-bit hashes used as keys in the model files (they must never change across versions).</summary>
internal static class Hashing
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>FNV-1a over the UTF-16 code units, as they are.</summary>
    public static ulong Hash(ReadOnlySpan<char> text)
    {
        var h = FnvOffset;
        foreach (var c in text)
        {
            h = (h ^ c) * FnvPrime;
        }

        return Finish(h);
    }

    /// <summary>FNV-1a over the invariant lower-case of each code unit.</summary>
    public static ulong HashLower(ReadOnlySpan<char> text)
    {
        var h = FnvOffset;
        foreach (var c in text)
        {
            h = (h ^ Fold(char.ToLowerInvariant(c))) * FnvPrime;
        }

        return Finish(h);
    }

    /// <summary>
    /// Typographic variants the models were trained without: curly apostrophes and quotes read
    /// as straight ones (the corpus was normalised by <see cref="Text.CorpusTokenizer"/>).
    /// </summary>
    public static char Fold(char c) => c switch
    {
        '\u2019' or '\u2018' or '\u201B' or '\u2032' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' => '"',
        _ => c,
    };

    /// <summary>The corpus spelling of a one-character token the corpus normaliser rewrote (dashes, ellipsis).</summary>
    public static string? Respell(ReadOnlySpan<char> token) =>
        token.Length == 1 && token[0] is '\u2014' or '\u2013' or '\u2015' or '\u2012' ? "--"
        : token.Length == 1 && token[0] == '\u2026' ? "..."
        : null;

    /// <summary>Combines two hashes (order matters).</summary>
    public static ulong Mix(ulong a, ulong b) => Finish((a * 0x9E3779B97F4A7C15UL) ^ (b + 0x632BE59BD9B4E019UL + (a << 6) + (a >> 2)));

    /// <summary>The SplitMix64 finaliser: spreads the bits so any slice of the hash is usable.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Finish(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
