using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using Proofread.Analysis;
using Proofread.Documents;
using Proofread.Lexicon;
using Proofread.Lexicon.Hunspell;
using Proofread.Lexicon.Morphology;
using Proofread.Lexicon.Spelling;
using Proofread.Lexicon.Thesaurus;

namespace Proofread.Benchmarks;

/// <summary>Spelling check over the ~1 MB corpus, in words per second of mean time.</summary>
[MemoryDiagnoser]
[Config(typeof(CheckWordsPerSecondConfig))]
public class LexiconCheckBenchmarks
{
    private WordList _enUs = null!;
    private string[] _words = null!;

    [GlobalSetup]
    public void Setup()
    {
        LexiconData.UseRepositoryData();
        _enUs = SpellingAnalyzer.LoadWordList("en_US", frequencies: null);
        _words = Words();
    }

    /// <summary>The word tokens of the corpus (the Words/s column counts the same).</summary>
    internal static string[] Words() =>
        [.. Document.FromPlainText(BenchmarkCorpus.Text).Tokens.Where(t => t.Kind == TokenKind.Word).Select(t => t.Text)];

    /// <summary>WordList.Check on every word token of the corpus.</summary>
    [Benchmark]
    public int Check()
    {
        var known = 0;
        foreach (var word in _words)
        {
            if (_enUs.Check(word))
            {
                known++;
            }
        }

        return known;
    }
}

/// <summary>Reverse thesaurus look-ups (which headwords list a word), per second.</summary>
[MemoryDiagnoser]
[Config(typeof(LookupsPerSecondConfig))]
public class ThesaurusLookupBenchmarks
{
    private const int Lookups = 150;
    private ThesaurusIndex _thesaurus = null!;
    private LexicalResources _resources = null!;
    private readonly LexicalCandidate[] _candidates = new LexicalCandidate[4096];
    private string[] _terms = null!;

    [GlobalSetup]
    public void Setup()
    {
        LexiconData.UseRepositoryData();
        _resources = LexicalResources.LoadDefault();
        _thesaurus = _resources.Thesaurus;

        // The first 150 distinct lower-case words of the corpus (it has ~200): realistic, repeatable.
        _terms = [.. Document.FromPlainText(BenchmarkCorpus.Text).Tokens
            .Where(t => t.Kind == TokenKind.Word)
            .Select(t => t.Text.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .Take(Lookups)];
        if (_terms.Length != Lookups)
        {
            throw new InvalidOperationException($"only {_terms.Length} distinct words in the corpus");
        }
    }

    /// <summary>ThesaurusIndex.Sources for one word, sorted entries with strings (mean over 150 words).</summary>
    [Benchmark(OperationsPerInvoke = Lookups)]
    public int ReverseLookup()
    {
        var total = 0;
        foreach (var term in _terms)
        {
            total += _thesaurus.Sources(term).Count;
        }

        return total;
    }

    /// <summary>Find plus SourceIds for one word: the id-based reverse look-up, no strings built.</summary>
    [Benchmark(OperationsPerInvoke = Lookups)]
    public int ReverseLookupIds()
    {
        var total = 0;
        foreach (var term in _terms)
        {
            var id = _thesaurus.Find(term);
            total += id < 0 ? 0 : _thesaurus.SourceIds(id).Length;
        }

        return total;
    }

    /// <summary>SourceLinks by string (hash look-up, any case): the view of a word's sources, allocation-free.</summary>
    [Benchmark(OperationsPerInvoke = Lookups)]
    public int ReverseLookupLinksView()
    {
        var total = 0;
        foreach (var term in _terms)
        {
            total += _thesaurus.SourceLinks(term.AsSpan()).Count;
        }

        return total;
    }

    /// <summary>SourceLinks by string reading every link's strength (~100 links per word here): allocation-free.</summary>
    [Benchmark(OperationsPerInvoke = Lookups)]
    public float ReverseLookupLinks()
    {
        var total = 0f;
        foreach (var term in _terms)
        {
            foreach (var link in _thesaurus.SourceLinks(term.AsSpan()))
            {
                total += link.Strength;
            }
        }

        return total;
    }

    /// <summary>LexicalResources.SourcesOf by string as a noun into a buffer (cached lemma, part-of-speech filter): allocation-free.</summary>
    [Benchmark(OperationsPerInvoke = Lookups)]
    public int SourcesOfIntoBuffer()
    {
        var total = 0;
        foreach (var term in _terms)
        {
            total += _resources.SourcesOf(term.AsSpan(), PartOfSpeech.Noun, _candidates);
        }

        return total;
    }

    /// <summary>LexicalResources.SourceLinksOf by string as a noun: the lazy view (cached lemma, hash probe), allocation-free.</summary>
    [Benchmark(OperationsPerInvoke = Lookups)]
    public int SourceLinksOfView()
    {
        var total = 0;
        foreach (var term in _terms)
        {
            total += _resources.SourceLinksOf(term.AsSpan(), PartOfSpeech.Noun).Unfiltered.Count;
        }

        return total;
    }

    /// <summary>LexicalResources.SourcesOf by string as a noun, merged, inflected and sorted entries (allocates).</summary>
    [Benchmark(OperationsPerInvoke = Lookups)]
    public int SourcesOfEntries()
    {
        var total = 0;
        foreach (var term in _terms)
        {
            total += _resources.SourcesOf(term, PartOfSpeech.Noun).Count;
        }

        return total;
    }
}

/// <summary>
/// Load time of each lexical resource from the shipped files, steady state (JIT-compiled, file
/// cache warm): the floor under the cold start that tests/Proofread.Benchmarks/startup.sh measures.
/// </summary>
[MemoryDiagnoser]
public class LexiconLoadBenchmarks
{
    [GlobalSetup]
    public void Setup() => LexiconData.UseRepositoryData();

    /// <summary>en_US from its compiled forms (what the tool loads).</summary>
    [Benchmark(Baseline = true)]
    public int EnUsCompiled() => SpellingAnalyzer.LoadWordList("en_US", frequencies: null).FormCount;

    /// <summary>en_GB from its compiled forms (the variant dictionary under en-US).</summary>
    [Benchmark]
    public int EnGbCompiled() => SpellingAnalyzer.LoadWordList("en_GB", frequencies: null).FormCount;

    /// <summary>en_US expanded from .aff/.dic (the old path, for comparison).</summary>
    [Benchmark]
    public int EnUsFromAffDic() =>
        WordList.CreateFromFiles(ProofreadData.Path("hunspell/en_US.aff"), ProofreadData.Path("hunspell/en_US.dic")).FormCount;

    /// <summary>en_US plus the suggestion index its first Suggest builds.</summary>
    [Benchmark]
    public int EnUsCompiledAndFirstSuggestion() =>
        SpellingAnalyzer.LoadWordList("en_US", frequencies: null).Suggest("recieve").Count;

    /// <summary>Brown-corpus word counts.</summary>
    [Benchmark]
    public int Frequencies() => WordFrequencies.LoadDefault().FormCount;

    /// <summary>WordNet lemma and exception lists plus irregular verbs.</summary>
    [Benchmark]
    public int Morphology() => WordMorphology.LoadDefault().IsLemma("dog", PartOfSpeech.Noun) ? 1 : 0;

    /// <summary>The merged thesaurus (mapped; pages load as look-ups touch them).</summary>
    [Benchmark]
    public int Thesaurus() => ThesaurusIndex.LoadDefault().TermCount;

    /// <summary>Everything LexicalResources.LoadDefault loads.</summary>
    [Benchmark]
    public int AllOfLexicalResources() => LexicalResources.LoadDefault().Thesaurus.TermCount;

    /// <summary>The British/American correspondences.</summary>
    [Benchmark]
    public int RegionalCorrespondences() => RegionalSpelling.LoadDefault(SpellingLanguage.EnglishUS).RuleCount;
}

internal sealed class CheckWordsPerSecondConfig : ManualConfig
{
    private static readonly Lazy<int> WordCount = new(() => LexiconCheckBenchmarks.Words().Length);

    public CheckWordsPerSecondConfig() => AddColumn(new PerSecondColumn("Words/s", "Word tokens of the ~1 MB corpus checked per second of mean time", () => WordCount.Value));
}

/// <summary>A fixed number of items per invocation, per second of mean time.</summary>
internal sealed class PerSecondColumn(string name, string legend, Func<int> itemsPerInvoke) : IColumn
{
    public string Id => "PerSecond" + name;

    public string ColumnName => name;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => legend;

    public string GetValue(BenchmarkDotNet.Reports.Summary summary, BenchmarkDotNet.Running.BenchmarkCase benchmarkCase) =>
        GetValue(summary, benchmarkCase, BenchmarkDotNet.Reports.SummaryStyle.Default);

    public string GetValue(BenchmarkDotNet.Reports.Summary summary, BenchmarkDotNet.Running.BenchmarkCase benchmarkCase, BenchmarkDotNet.Reports.SummaryStyle style)
    {
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        return mean is > 0 ? (itemsPerInvoke() / (mean.Value / 1e9)).ToString("N0", System.Globalization.CultureInfo.InvariantCulture) : "-";
    }

    public bool IsAvailable(BenchmarkDotNet.Reports.Summary summary) => true;

    public bool IsDefault(BenchmarkDotNet.Reports.Summary summary, BenchmarkDotNet.Running.BenchmarkCase benchmarkCase) => false;
}

internal sealed class LookupsPerSecondConfig : ManualConfig
{
    public LookupsPerSecondConfig() => AddColumn(StatisticColumn.OperationsPerSecond);
}

internal static class LexiconData
{
    /// <summary>Reads the data from the repository's dictionaries/ (BenchmarkDotNet runs from a generated folder).</summary>
    public static void UseRepositoryData()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(ProofreadData.EnvironmentVariable)))
        {
            Environment.SetEnvironmentVariable(ProofreadData.EnvironmentVariable, Path.Combine(BenchmarkCorpus.RepositoryRoot(), "dictionaries"));
        }
    }
}
