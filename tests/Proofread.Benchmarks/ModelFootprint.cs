using System.Diagnostics;
using Proofread.Language.Modeling;
using Proofread.Language.Tagging;
using Proofread.Language.Vectors;

namespace Proofread.Benchmarks;

/// <summary>
/// Load time and resident memory of the shipped models, each loaded once in a fresh process.
/// Run: dotnet run -c Release -- model-footprint (in tests/Proofread.Benchmarks).
/// </summary>
internal static class ModelFootprint
{
    public static void Run()
    {
        Report("before loading", 0);
        Report("ngram.bin", Time(() => NGramModel.LoadDefault()));
        Report("+ tagger.bin", Time(() => PosTagger.LoadDefault()));
        Report("+ posclass.bin", Time(() => PosClassModel.LoadDefault()));
        Report("+ vectors.bin", Time(() => WordVectors.LoadDefault()));
        if (File.Exists("/proc/self/status"))
        {
            Console.WriteLine(string.Join("; ", File.ReadLines("/proc/self/status").Where(l => l.StartsWith("VmHWM", StringComparison.Ordinal) || l.StartsWith("VmRSS", StringComparison.Ordinal))));
        }
    }

    private static double Time(Func<object> load)
    {
        var process = Process.GetCurrentProcess();
        var cpu0 = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        GC.KeepAlive(load());
        var wall = watch.Elapsed.TotalMilliseconds;
        process.Refresh();
        Console.Write($"{(process.TotalProcessorTime - cpu0).TotalMilliseconds,6:F0} ms CPU ");
        return wall;
    }

    private static void Report(string what, double wallMs)
    {
        GC.Collect();
        Console.WriteLine($"{wallMs,6:F0} ms wall  {what,-16} working set {Environment.WorkingSet / 1e6,5:F0} MB, managed heap {GC.GetTotalMemory(true) / 1e6,4:F0} MB");
    }
}
