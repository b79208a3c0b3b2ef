using System.Diagnostics;
using Proofread.Lexicon;
using Proofread.Lexicon.Morphology;
using Proofread.Lexicon.Spelling;
using Proofread.Lexicon.Thesaurus;

namespace Proofread.Benchmarks;

/// <summary>
/// Cold load of every lexical resource in this (fresh) process: LexicalResources.LoadDefault
/// (en_US, word counts, WordNet morphology, thesaurus), the reverse thesaurus index, the en_US
/// suggestion index, en_GB and the British/American correspondences. Prints wall and CPU time
/// and the peak resident set. Run: dotnet run -c Release -- lexicon-load [steps]
/// (tests/Proofread.Benchmarks/lexicon-load.sh runs it N times from a ReadyToRun publish).
/// With "steps", loads each resource alone, one after the other, and times each.
/// </summary>
internal static class LexiconColdLoad
{
    public static void Run(bool steps)
    {
        LexiconData.UseRepositoryData();
        var process = Process.GetCurrentProcess();
        var cpu0 = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        if (steps)
        {
            Step("en_US forms", () => SpellingAnalyzer.LoadWordList("en_US", frequencies: null));
            Step("en_GB forms", () => SpellingAnalyzer.LoadWordList("en_GB", frequencies: null));
            Step("frequencies", WordFrequencies.LoadDefault);
            Step("morphology", () => WordMorphology.LoadDefault());
            Step("thesaurus", ThesaurusIndex.LoadDefault);
            var thesaurus = ThesaurusIndex.LoadDefault();
            Step("reverse index", () => { thesaurus.EnsureReverseIndex(); return thesaurus; });
            var enUs = SpellingAnalyzer.LoadWordList("en_US", frequencies: null);
            Step("suggest index", () => { enUs.PrepareSuggestions(); return enUs; });
            Step("correspondences", () => RegionalSpelling.LoadDefault(SpellingLanguage.EnglishUS));
        }
        else
        {
            var resources = LexicalResources.LoadDefault();
            var enGb = Task.Run(() => SpellingAnalyzer.LoadWordList("en_GB", frequencies: null));
            var regional = RegionalSpelling.LoadDefault(SpellingLanguage.EnglishUS);
            resources.Speller.PrepareSuggestions();
            resources.Thesaurus.EnsureReverseIndex();
            GC.KeepAlive(enGb.GetAwaiter().GetResult());
            GC.KeepAlive(regional);
            GC.KeepAlive(resources);
        }

        var wall = watch.Elapsed.TotalMilliseconds;
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpu0).TotalMilliseconds;
        Console.WriteLine(FormattableString.Invariant($"all lexical resources: {wall:F0} ms wall, {cpu:F0} ms CPU, {PeakResidentMb()} MB peak RSS"));
    }

    private static void Step(string what, Func<object> load)
    {
        var process = Process.GetCurrentProcess();
        var cpu0 = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        GC.KeepAlive(load());
        var wall = watch.Elapsed.TotalMilliseconds;
        process.Refresh();
        Console.WriteLine(FormattableString.Invariant($"{what,-16} {wall,6:F1} ms wall {(process.TotalProcessorTime - cpu0).TotalMilliseconds,6:F1} ms CPU"));
    }

    private static string PeakResidentMb()
    {
        if (!File.Exists("/proc/self/status"))
        {
            return (Environment.WorkingSet / 1_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        // VmHWM: peak resident set, in kB.
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM", StringComparison.Ordinal));
        var kb = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture);
        return (kb / 1000).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
