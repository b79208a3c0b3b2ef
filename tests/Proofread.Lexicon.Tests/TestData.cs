using Proofread.Lexicon.Hunspell;

namespace Proofread.Lexicon.Tests;

/// <summary>Shared, lazily loaded lexical resources for the tests (loading once keeps the suite fast).</summary>
internal static class TestData
{
    private static readonly Lazy<WordFrequencies> LazyFrequencies = new(WordFrequencies.LoadDefault);

    private static readonly Lazy<WordList> LazyEnUs = new(() => WordList.CreateFromFiles(
        ProofreadData.Path("hunspell/en_US.aff"), ProofreadData.Path("hunspell/en_US.dic"), LazyFrequencies.Value));

    public static WordFrequencies Frequencies => LazyFrequencies.Value;

    public static WordList EnUs => LazyEnUs.Value;

    /// <summary>The non-comment lines of a fixture file, split at tabs.</summary>
    public static IEnumerable<string[]> Fixture(string name) =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", name))
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t'));
}
