using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Proofread.Analysis;
using Proofread.Documents;

namespace Proofread.Benchmarks;

/// <summary>Tokenisation and sentence segmentation of ~1 MB of prose, reported in words per second.</summary>
[MemoryDiagnoser]
[Config(typeof(WordsPerSecondConfig))]
public class AnnotateBenchmarks
{
    private ProseLayout _layout = null!;
    private List<Token> _tokens = null!;

    [GlobalSetup]
    public void Setup()
    {
        _layout = ProseLayout.ForPlainText(BenchmarkCorpus.Text);
        _tokens = new List<Token>(BenchmarkCorpus.Text.Length / 4);
    }

    /// <summary>Tokens and sentences, as Document.Create runs them.</summary>
    [Benchmark(Baseline = true)]
    public TextAnnotation Annotate() => TextAnnotator.Annotate(_layout);

    /// <summary>The tokenizer alone, into a reused list.</summary>
    [Benchmark]
    public int TokenizeOnly()
    {
        _tokens.Clear();
        var words = 0;
        foreach (var block in _layout.Blocks)
        {
            words += Tokenizer.Tokenize(_layout.ProseText, block, _tokens);
        }

        return words;
    }

    private sealed class WordsPerSecondConfig : ManualConfig
    {
        public WordsPerSecondConfig() => AddColumn(new WordsPerSecondColumn());
    }

    private sealed class WordsPerSecondColumn : IColumn
    {
        public string Id => nameof(WordsPerSecondColumn);

        public string ColumnName => "Words/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => $"Words of the ~1 MB corpus ({BenchmarkCorpus.WordCount:N0} words) per second of mean time";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
            return mean is > 0 ? (BenchmarkCorpus.WordCount / (mean.Value / 1e9)).ToString("N0", System.Globalization.CultureInfo.InvariantCulture) : "-";
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
