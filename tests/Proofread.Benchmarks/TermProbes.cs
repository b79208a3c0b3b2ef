using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Proofread.Analysis;
using Proofread.Documents;
using Proofread.Lexicon;
using Proofread.Lexicon.Terms;

namespace Proofread.Benchmarks;

/// <summary>
/// Figures of the term index (`dotnet run -c Release -- terms`): load time, FindDistorted queries
/// per second on the word bigrams and trigrams of ../shared/eval/clean (read, never copied), how
/// often those clean spans match a term at several strength floors, and how often synthetic
/// distortions of shipped terms (every word swapped for one of its first 15 thesaurus synonyms)
/// are restored.
/// </summary>
internal static class TermProbes
{
    private static readonly float[] Floors = [0f, 0.1f, 0.15f, 0.2f, 0.25f, 0.3f, 0.4f];

    public static void Run()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "dictionaries", "terms", "terms.bin.gz");
        var (loads, cpus) = (new List<double>(), new List<double>());
        TermIndex? terms = null;
        using var process = Process.GetCurrentProcess();
        for (var k = 0; k < 6; k++)
        {
            var sw = Stopwatch.StartNew();
            var thread0 = ThreadCpuSeconds();
            terms = TermIndex.Load(path);
            loads.Add(sw.Elapsed.TotalMilliseconds);
            cpus.Add((ThreadCpuSeconds() - thread0) * 1000);
        }

        Console.WriteLine($"load {path}: {new FileInfo(path).Length:N0} bytes, {terms!.Count:N0} terms; first {loads[0]:F1} ms wall / {cpus[0]:F0} ms thread CPU (JIT), "
            + $"then wall min {loads.Skip(1).Min():F1} / median {loads.Skip(1).Order().ElementAt(2):F1} ms, thread CPU median {cpus.Skip(1).Order().ElementAt(2):F0} ms, min {cpus.Skip(1).Min():F0} ms");

        var lexicon = LexicalResources.LoadDefault();
        lexicon.Thesaurus.EnsureReverseIndex();
        process.Refresh();
        var firstCpu = process.TotalProcessorTime;
        var first = Stopwatch.StartNew();
        terms.FindDistorted(["World", "Wellbeing", "Corporation"], lexicon);
        process.Refresh();
        Console.WriteLine($"first query (links the thesaurus to the term words): {first.Elapsed.TotalMilliseconds:F1} ms wall / {(process.TotalProcessorTime - firstCpu).TotalMilliseconds:F0} ms CPU; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");

        var (spans, content, titles, words) = CleanSpans();
        Console.WriteLine($"clean prose: {words:N0} words, {spans.Count:N0} word bigrams+trigrams, {content.Count:N0} of content words, {titles.Count:N0} title-case runs");

        foreach (var floor in new[] { 0f, 0.25f })
        {
            var noMatch = spans.Where(s => terms.FindDistorted(s, lexicon, minStrength: floor).Count == 0).ToList();
            Console.WriteLine($"floor {floor:F2}: all spans {Rate(terms, lexicon, spans, floor):N0} per CPU second; no-match spans ({noMatch.Count:N0}) {Rate(terms, lexicon, noMatch, floor):N0}");
        }

        Console.WriteLine("floor  content-word spans matched   title-case runs matched   all bigrams+trigrams matched");
        foreach (var floor in Floors)
        {
            int Hits(List<string[]> list) => list.Count(s => terms.FindDistorted(s, lexicon, minStrength: floor).Count > 0);
            var (c, t, a) = (Hits(content), Hits(titles), Hits(spans));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{floor,5:F2}  {c,6} = {100.0 * c / content.Count,5:F2} % ({1000.0 * c / words:F1}/1k words)   {t,5} = {100.0 * t / titles.Count,5:F2} %   {a,6} = {100.0 * a / spans.Count,5:F2} %"));
        }

        Console.WriteLine("content-word spans matched by a match that is: any / a name / all words changed / one word changed / a name with all words changed");
        foreach (var floor in Floors)
        {
            var counts = new int[5];
            foreach (var span in content)
            {
                var matches = terms.FindDistorted(span, lexicon, maxResults: 1000, minStrength: floor);
                for (var f = 0; f < 5; f++)
                {
                    counts[f] += matches.Any(m => Filters[f](m, span.Length)) ? 1 : 0;
                }
            }

            Console.WriteLine(floor.ToString("F2", CultureInfo.InvariantCulture).PadLeft(5) + "  "
                + string.Join(" / ", counts.Select(c => (100.0 * c / content.Count).ToString("F2", CultureInfo.InvariantCulture) + " %")));
        }

        Synthetic(terms, lexicon, allWords: true);
        Synthetic(terms, lexicon, allWords: false);
    }

    private static readonly Func<TermMatch, int, bool>[] Filters =
    [
        (m, n) => true,
        (m, n) => m.IsName,
        (m, n) => m.ChangedWords == n,
        (m, n) => m.ChangedWords == 1,
        (m, n) => m.IsName && m.ChangedWords == n,
    ];

    private static double Rate(TermIndex terms, LexicalResources lexicon, List<string[]> spans, float floor)
    {
        var rounds = Math.Max(1, 200_000 / Math.Max(1, spans.Count));
        var cpu0 = ThreadCpuSeconds();
        var queries = 0;
        for (var r = 0; r < rounds; r++)
        {
            foreach (var s in spans)
            {
                terms.FindDistorted(s, lexicon, minStrength: floor);
                queries++;
            }
        }

        return queries / (ThreadCpuSeconds() - cpu0); // per CPU second of this thread: the machine is shared
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    /// <summary>CPU time of the calling thread (Linux CLOCK_THREAD_CPUTIME_ID): no GC or JIT threads, no waiting for a core.</summary>
    private static double ThreadCpuSeconds()
    {
        _ = ClockGetTime(3, out var t);
        return t.Seconds + (t.Nanoseconds / 1e9);
    }

    private static (List<string[]> Spans, List<string[]> Content, List<string[]> Titles, int Words) CleanSpans()
    {
        var folder = Path.GetFullPath(Path.Combine(BenchmarkCorpus.RepositoryRoot(), "..", "shared", "eval", "clean"));
        var (spans, content, titles) = (new List<string[]>(), new List<string[]>(), new List<string[]>());
        var words = 0;
        foreach (var file in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var document = Document.FromPlainText(File.ReadAllText(file), file);
            words += document.WordCount;
            foreach (var sentence in document.Sentences)
            {
                var tokens = document.TokensOf(sentence).ToArray();
                for (var i = 0; i < tokens.Length; i++)
                {
                    for (var n = 2; n <= 3 && i + n <= tokens.Length; n++)
                    {
                        var span = tokens[i..(i + n)];
                        if (span.All(t => t.Kind == TokenKind.Word))
                        {
                            var text = span.Select(t => t.Text).ToArray();
                            spans.Add(text);
                            if (!text.Any(FunctionWords.Contains))
                            {
                                content.Add(text);
                            }
                        }
                    }
                }

                var run = new List<string>();
                foreach (var token in tokens.Append(default))
                {
                    if (token.Kind == TokenKind.Word && token.Case is LetterCase.Title or LetterCase.Upper && token.Text is not null)
                    {
                        run.Add(token.Text);
                        continue;
                    }

                    if (run.Count is >= 2 and <= 6)
                    {
                        titles.Add([.. run]);
                    }

                    run.Clear();
                }
            }
        }

        return (spans, content, titles, words);
    }

    private static void Synthetic(TermIndex terms, LexicalResources lexicon, bool allWords)
    {
        var random = new Random(20261128);
        var all = terms.Terms().ToArray();
        var cases = new List<(string Original, string[] Spun)>();
        while (cases.Count < 2000)
        {
            var original = all[random.Next(all.Length)];
            var spun = original.Split(' ').Select(w =>
            {
                if (!allWords && random.Next(2) == 0)
                {
                    return w;
                }

                var synonyms = lexicon.Thesaurus.Synonyms(w).Where(e => !e.Term.Contains(' ', StringComparison.Ordinal)).Take(15).ToArray();
                return synonyms.Length == 0 ? w : synonyms[random.Next(synonyms.Length)].Term;
            }).ToArray();
            if (!spun.SequenceEqual(original.Split(' ')) && !terms.Contains(spun))
            {
                cases.Add((original, spun));
            }
        }

        Console.WriteLine($"floor  synthetic spun terms (2,000; {(allWords ? "every word" : "each word with probability 1/2")} swapped): original among matches / first / among first three; then among matches passing each filter above");
        foreach (var floor in Floors)
        {
            var (any, top1, top3) = (0, 0, 0);
            var filtered = new int[5];
            foreach (var (original, spun) in cases)
            {
                var matches = terms.FindDistorted(spun, lexicon, maxResults: 1000, minStrength: floor);
                var rank = matches.Select(m => m.Term).ToList().IndexOf(original);
                any += rank >= 0 ? 1 : 0;
                top1 += rank == 0 ? 1 : 0;
                top3 += rank is >= 0 and < 3 ? 1 : 0;
                for (var f = 0; f < 5 && rank >= 0; f++)
                {
                    filtered[f] += Filters[f](matches[rank], spun.Length) ? 1 : 0;
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{floor,5:F2}  {any / 20.0,5:F1} % / {top1 / 20.0,5:F1} % / {top3 / 20.0,5:F1} %;  ")
                + string.Join(" / ", filtered.Select(c => (c / 20.0).ToString("F1", CultureInfo.InvariantCulture) + " %")));
        }
    }

    private static readonly HashSet<string> FunctionWords = new(
        ("a an the and or but nor of in on at to for from by with as into onto about over under than then that this these those "
        + "it its is are was were be been being has have had do does did not no so if which who whom whose what when where while "
        + "he she they we you i his her their our your my him them us me also such can could may might will would shall should must").Split(' '),
        StringComparer.OrdinalIgnoreCase);
}
