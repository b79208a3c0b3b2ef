using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Proofread.Language.Modeling;
using Proofread.Language.Text;

namespace Proofread.Benchmarks;

/// <summary>
/// The shipped word model's probe rate (<see cref="NGramModel.LogProb"/>: the spin decoder's inner
/// call) over realistic text, and its load time. The text is ../shared/eval/clean/*.txt when that
/// folder is there (read at run time, never copied), else corpora/examples; every position of it,
/// with the preceding Order − 1 ids as context, cycled to <see cref="NGramProbes.Count"/> probes.
/// Run: dotnet run -c Release --project tests/Proofread.Benchmarks -- --filter '*NGram*'
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ProbesPerSecondConfig))]
public class NGramBenchmarks
{
    private NGramModel _model = null!;
    private NGramProbes _probes = null!;
    private string _path = null!;

    [GlobalSetup]
    public void Setup()
    {
        _path = NGramProbes.ModelPath();
        _model = NGramModel.Load(_path);
        _probes = NGramProbes.Create(_model);
    }

    /// <summary>One LogProb per probe; the mean is per probe.</summary>
    [Benchmark(OperationsPerInvoke = NGramProbes.Count)]
    public float LogProb() => _probes.Run(_model);

    /// <summary>Loading the shipped model from the (cached) file; the mean is per load.</summary>
    [Benchmark]
    public int Load() => NGramModel.Load(_path).VocabularySize;
}

/// <summary>The probes: ids of the text with sentence markers, and where each probe's context starts.</summary>
internal sealed class NGramProbes
{
    /// <summary>Probes per benchmark invocation.</summary>
    public const int Count = 1_000_000;

    private readonly int[] _ids;
    private readonly int[] _positions;
    private readonly int[] _contextStarts;

    private NGramProbes(int[] ids, int[] positions, int[] contextStarts, string source)
    {
        _ids = ids;
        _positions = positions;
        _contextStarts = contextStarts;
        Source = source;
    }

    /// <summary>Where the text came from, and how many distinct positions it has.</summary>
    public string Source { get; }

    public static string ModelPath() =>
        Path.Combine(BenchmarkCorpus.RepositoryRoot(), "dictionaries", NGramModel.DefaultModelPath);

    public static NGramProbes Create(NGramModel model, int maxPositions = int.MaxValue)
    {
        var root = BenchmarkCorpus.RepositoryRoot();
        var eval = Path.GetFullPath(Path.Combine(root, "..", "shared", "eval", "clean"));
        var files = Directory.Exists(eval)
            ? Directory.GetFiles(eval, "*.txt").Order(StringComparer.Ordinal).ToArray()
            : [Path.Combine(root, "corpora", "examples", "kim-congress.spun.txt")];
        var ids = new List<int>();
        var positions = new List<int>();
        var starts = new List<int>();
        foreach (var file in files)
        {
            foreach (var sentence in CorpusTokenizer.Sentences(File.ReadAllText(file)))
            {
                var first = ids.Count;
                ids.AddRange(model.ToIds(sentence));
                for (var i = first + 1; i < ids.Count; i++)
                {
                    positions.Add(i);
                    starts.Add(Math.Max(first, i - (model.Order - 1)));
                }
            }
        }

        var distinct = Math.Min(positions.Count, maxPositions);
        var p = new int[Count];
        var s = new int[Count];
        for (var i = 0; i < Count; i++)
        {
            p[i] = positions[i % distinct];
            s[i] = starts[i % distinct];
        }

        return new NGramProbes([.. ids], p, s, $"{files.Length} files ({string.Join(", ", files.Select(Path.GetFileName))}), {distinct:N0} positions cycled");
    }

    /// <summary>Runs every probe; returns the sum so nothing is optimised away.</summary>
    public float Run(NGramModel model)
    {
        var ids = _ids.AsSpan();
        var sum = 0f;
        for (var i = 0; i < _positions.Length; i++)
        {
            var position = _positions[i];
            var start = _contextStarts[i];
            sum += model.LogProb(ids[start..position], ids[position]);
        }

        return sum;
    }

    /// <summary>
    /// A quick timer outside BenchmarkDotNet: probes/s by wall time and by this process's user CPU
    /// time (the machine is shared, so wall time is noisy). Run: dotnet run -c Release -- ngram-probes [rounds [positions]]
    /// (positions: cycle only the first N positions, a working set that stays in cache).
    /// </summary>
    public static void Time(int rounds, int maxPositions = int.MaxValue)
    {
        var path = ModelPath();
        var loads = new List<double>();
        NGramModel model = null!;
        for (var i = 0; i < 6; i++)
        {
            var watch = Stopwatch.StartNew();
            model = NGramModel.Load(path);
            loads.Add(watch.Elapsed.TotalMilliseconds);
        }

        var probes = Create(model, maxPositions);
        Console.WriteLine($"model {path}: load {loads[0]:F0} ms first, then {string.Join(" ", loads.Skip(1).Select(l => l.ToString("F0", CultureInfo.InvariantCulture)))} ms");
        Console.WriteLine($"text: {probes.Source}");
        var checksum = 0f;
        for (var i = 0; i < 3; i++)
        {
            checksum += probes.Run(model);  // warm-up: tiered JIT to the optimised code
        }

        var process = Process.GetCurrentProcess();
        for (var round = 0; round < rounds; round++)
        {
            process.Refresh();
            var cpu0 = process.UserProcessorTime + process.PrivilegedProcessorTime;
            var watch = Stopwatch.StartNew();
            const int Repeats = 10;
            for (var i = 0; i < Repeats; i++)
            {
                checksum += probes.Run(model);
            }

            var wall = watch.Elapsed.TotalSeconds;
            process.Refresh();
            var cpu = (process.UserProcessorTime + process.PrivilegedProcessorTime - cpu0).TotalSeconds;
            Console.WriteLine(
                $"round {round + 1}: {Count * Repeats / wall / 1e6:F2} M probes/s wall, {Count * Repeats / cpu / 1e6:F2} M per CPU second");
        }

        Console.WriteLine($"checksum {checksum:F1}; working set {Environment.WorkingSet / 1e6:F0} MB, managed heap {GC.GetTotalMemory(false) / 1e6:F0} MB");
        if (File.Exists("/proc/self/smaps_rollup"))
        {
            Console.WriteLine(string.Join("; ", File.ReadLines("/proc/self/smaps_rollup").Where(l => l.StartsWith("AnonHugePages", StringComparison.Ordinal) || l.StartsWith("Rss", StringComparison.Ordinal))));
        }
    }
}

internal sealed class ProbesPerSecondConfig : ManualConfig
{
    public ProbesPerSecondConfig() => AddColumn(new ProbesPerSecondColumn());
}

/// <summary>Operations per second of mean time (for LogProb: probes/s; for Load: loads/s).</summary>
internal sealed class ProbesPerSecondColumn : IColumn
{
    public string Id => nameof(ProbesPerSecondColumn);

    public string ColumnName => "Ops/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Operations (LogProb: probes) per second of mean time";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        return mean is > 0 ? (1e9 / mean.Value).ToString("N0", CultureInfo.InvariantCulture) : "-";
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
