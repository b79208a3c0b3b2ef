using BenchmarkDotNet.Attributes;
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
}
