namespace Proofread.Analyzers.Readability;

/// <summary>Counts the syllables of one word. Implementations are thread-safe.</summary>
public interface ISyllableCounter
{
    /// <summary>The syllables of <paramref name="word"/> (at least 1 for any word with a letter or digit).</summary>
    int CountSyllables(ReadOnlySpan<char> word);
}
