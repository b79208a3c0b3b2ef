using BenchmarkDotNet.Attributes;
using Proofread.Analyzers.Phrasebook;
using Proofread.Documents;
using Proofread.Pipeline;

namespace Proofread.Benchmarks;

/// <summary>Whole-document analysis of ~1 MB of prose, from text to findings, in words per second.</summary>
[MemoryDiagnoser]
[Config(typeof(WordsPerSecondConfig))]
public class PipelineBenchmarks
{
    private ProofreadPipeline _phrasebook = null!;

    [GlobalSetup]
    public void Setup() => _phrasebook = new ProofreadPipeline([PhrasebookAnalyzer.LoadDefault()], AnalysisOptions.Default);

    /// <summary>Segmentation, tokenisation and the phrasebook: the issue-2 speed target.</summary>
    [Benchmark]
    public int AnnotateAndPhrasebook() => _phrasebook.Analyze(Document.FromPlainText(BenchmarkCorpus.Text)).Length;
}
