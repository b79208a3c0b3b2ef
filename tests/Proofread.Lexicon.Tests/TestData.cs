using Proofread.Lexicon.Hunspell;
using Proofread.Lexicon.Morphology;
using Proofread.Lexicon.Thesaurus;

namespace Proofread.Lexicon.Tests;

/// <summary>Shared, lazily loaded lexical resources for the tests (loading once keeps the suite fast).</summary>
internal static class TestData
{
    private static readonly Lazy<WordFrequencies> LazyFrequencies = new(WordFrequencies.LoadDefault);

    private static readonly Lazy<WordList> LazyEnUs = new(() => WordList.CreateFromFiles(
        ProofreadData.Path("hunspell/en_US.aff"), ProofreadData.Path("hunspell/en_US.dic"), LazyFrequencies.Value));

    private static readonly Lazy<LexicalResources> LazyLexicon = new(() => new LexicalResources(
        LazyEnUs.Value, LazyFrequencies.Value, WordMorphology.LoadDefault(LazyEnUs.Value), ThesaurusIndex.LoadDefault()));

    public static WordFrequencies Frequencies => LazyFrequencies.Value;

    /// <summary>en_US, word counts, WordNet morphology and the thesaurus, loaded once for the suite.</summary>
    public static LexicalResources Lexicon => LazyLexicon.Value;

    public static WordList EnUs => LazyEnUs.Value;

    /// <summary>The non-comment lines of a fixture file, split at tabs.</summary>
    public static IEnumerable<string[]> Fixture(string name) =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", name))
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t'));

    /// <summary>../shared/eval/clean beside the repository: measurement data, read at run time, never copied.</summary>
    public static string CleanEvalFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "eval", "clean");
            if (File.Exists(Path.Combine(dir.FullName, "Proofread.sln")) && Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("../shared/eval/clean not found beside the repository");
    }
}
