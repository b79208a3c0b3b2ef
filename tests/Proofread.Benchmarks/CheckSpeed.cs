using System.Diagnostics;
using System.Globalization;
using System.Text;
using Proofread.Analyzers.Phrasebook;
using Proofread.Analyzers.Readability;
using Proofread.Documents;
using Proofread.Lexicon.Spelling;
using Proofread.Pipeline;
using Proofread.Rules;
using Proofread.Spin;

namespace Proofread.Benchmarks;

/// <summary>
/// Full <c>check</c> speed with every analyser (phrasebook, spelling, rule packs, readability, spin) on one core, on a
/// ~100,000-word text: ../shared/eval/clean (read at run time, never copied) and the bundled example,
/// repeated. Wall and CPU time per run after a warm-up run (the lookup caches are then warm, as in
/// a long run over many files). Usage: <c>dotnet run -c Release -- check-speed [RUNS]</c>.
/// </summary>
internal static class CheckSpeed
{
    private const int TargetWords = 100_000;

    public static void Run(int runs)
    {
        var root = BenchmarkCorpus.RepositoryRoot();
        var clean = Path.Combine(root, "..", "shared", "eval", "clean");
        var parts = Directory.Exists(clean)
            ? Directory.EnumerateFiles(clean, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList()
            : [];
        parts.Add(File.ReadAllText(Path.Combine(root, "corpora", "examples", "kim-congress.spun.txt")));
        var text = new StringBuilder();
        while (Document.FromPlainText(text.ToString()).WordCount < TargetWords)
        {
            foreach (var part in parts)
            {
                text.Append(part).Append("\n\n");
            }
        }

        var load = Stopwatch.StartNew();
        var pipeline = new ProofreadPipeline(
            [
                PhrasebookAnalyzer.LoadDefault(),
                SpellingAnalyzer.LoadDefault(SpellingLanguage.EnglishUS, []),
                RulesAnalyzer.LoadDefault(),
                new ReadabilityAnalyzer(CmuSyllableCounter.LoadDefault()),
                SpinAnalyzer.LoadDefault(),
            ],
            AnalysisOptions.Default);
        var words = Document.FromPlainText(text.ToString()).WordCount;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"text: {words:N0} words ({(Directory.Exists(clean) ? "../shared/eval/clean + example" : "example only")}), repeated to {TargetWords:N0}"));
        var findings = pipeline.Analyze(Document.FromPlainText(text.ToString())).Length; // warm-up: loads every model
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first run incl. loading: {load.Elapsed.TotalSeconds:0.00} s, {findings} findings"));
        var process = Process.GetCurrentProcess();
        for (var r = 0; r < runs; r++)
        {
            var cpu = process.TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            pipeline.Analyze(Document.FromPlainText(text.ToString()));
            wall.Stop();
            process.Refresh();
            var cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {r + 1}: {words / wall.Elapsed.TotalSeconds:N0} words/s wall, {words / cpuSeconds:N0} words per CPU second"));
        }
    }
}
