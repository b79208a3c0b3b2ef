using System.Diagnostics;
using System.Globalization;
using Proofread.Language.Modeling;
using Proofread.Language.Tagging;
using Proofread.Language.Text;

namespace Proofread.Language.Build;

/// <summary>
/// n-gram subcommands:
/// <c>build TRAIN.txt OUT ORDER MINCOUNT</c> (MINCOUNT applies to orders ≥ 2),
/// <c>eval MODEL HELDOUT.txt</c> (perplexity, load time, probe speed),
/// <c>spin MODEL TAGGED_TRAIN EVAL_CLEAN_DIR [RATE] [SEED]</c> (clean vs spun perplexity).
/// </summary>
internal static class NGramCommand
{
    public static void Run(string[] args)
    {
        switch (args[0])
        {
            case "build":
                var order = Int(args[3]);
                var minCount = Int(args[4]);
                NGramModelBuilder.Build([args[1]], args[2], new NGramBuildOptions
                {
                    Order = order,
                    Format = CorpusFormat.Tokenized,
                    MinCounts = [1, .. Enumerable.Repeat(minCount, order - 1)],
                }, Console.WriteLine);
                break;
            case "eval":
                Evaluate(args[1], args[2]);
                break;
            case "spin":
                Spin(args[1], args[2], args[3], args.Length > 4 ? double.Parse(args[4], CultureInfo.InvariantCulture) : 0.2, args.Length > 5 ? Int(args[5]) : 1);
                break;
            default:
                throw new ArgumentException($"unknown ngram subcommand '{args[0]}'");
        }
    }

    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);

    private static void Evaluate(string modelPath, string heldOutPath)
    {
        // Load twice: the first warms the file cache and the JIT.
        NGramModel.Load(modelPath);
        var clock = Stopwatch.StartNew();
        var model = NGramModel.Load(modelPath);
        var loadMs = clock.Elapsed.TotalMilliseconds;
        var sentences = File.ReadLines(heldOutPath).Select(l => (IReadOnlyList<string>)l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        var report = model.Perplexity(sentences);
        Console.WriteLine(model.Info);
        Console.WriteLine($"load: {loadMs:F1} ms");
        Console.WriteLine($"held-out: {report.Predictions:N0} predictions, {report.UnknownWords:N0} unknown, perplexity {report.Perplexity:F1}");

        // Probe speed: every position of the held-out set, one thread.
        var idSentences = sentences.Select(s => model.ToIds(s)).ToList();
        long probes = 0;
        double sink = 0;
        clock.Restart();
        for (var pass = 0; pass < 3; pass++)
        {
            foreach (var ids in idSentences)
            {
                for (var i = 1; i < ids.Length; i++)
                {
                    sink += model.LogProb(ids.AsSpan(Math.Max(0, i - model.Order + 1), Math.Min(i, model.Order - 1)), ids[i]);
                    probes++;
                }
            }
        }

        Console.WriteLine($"speed: {probes / clock.Elapsed.TotalSeconds:N0} LogProb calls/s (one thread; checksum {sink:F0})");
    }

    // A simple spinner: replace a share of content words by a random other word of the same
    // universal tag (drawn from Brown's training half), then compare perplexities.
    private static void Spin(string modelPath, string taggedTrainPath, string cleanDir, double rate, int seed)
    {
        var model = NGramModel.Load(modelPath);
        var tagger = PosTagger.LoadDefault();
        var byTag = new Dictionary<UniversalTag, List<string>>();
        var frequency = new Dictionary<(string, UniversalTag), int>();
        foreach (var (words, tags) in TaggerCommand.Read(taggedTrainPath))
        {
            for (var i = 0; i < words.Length; i++)
            {
                if (tags[i].IsContent() && words[i].All(char.IsLower))
                {
                    var k = (words[i], tags[i]);
                    frequency[k] = frequency.GetValueOrDefault(k) + 1;
                }
            }
        }

        foreach (var ((word, tag), count) in frequency.OrderBy(p => p.Key.Item1, StringComparer.Ordinal))
        {
            if (count >= 3)
            {
                (byTag.TryGetValue(tag, out var list) ? list : byTag[tag] = []).Add(word);
            }
        }

        var random = new Random(seed);
        var clean = new List<IReadOnlyList<string>>();
        var spun = new List<IReadOnlyList<string>>();
        int replaced = 0, content = 0;
        foreach (var file in Directory.GetFiles(cleanDir, "*.txt").Order(StringComparer.Ordinal))
        {
            foreach (var sentence in CorpusTokenizer.Sentences(File.ReadAllText(file)))
            {
                var tags = tagger.Tag(sentence);
                var copy = sentence.ToList();
                for (var i = 0; i < copy.Count; i++)
                {
                    if (!tags[i].IsContent() || !copy[i].All(char.IsLetter) || !char.IsLower(copy[i][0]))
                    {
                        continue;
                    }

                    content++;
                    if (random.NextDouble() < rate && byTag.TryGetValue(tags[i], out var pool))
                    {
                        copy[i] = pool[random.Next(pool.Count)];
                        replaced++;
                    }
                }

                clean.Add(sentence);
                spun.Add(copy);
            }
        }

        var cleanReport = model.Perplexity(clean);
        var spunReport = model.Perplexity(spun);
        Console.WriteLine($"{clean.Count:N0} sentences, {content:N0} lower-case content words, {replaced:N0} replaced ({100.0 * replaced / content:F1} %)");
        Console.WriteLine($"clean perplexity {cleanReport.Perplexity:F1} ({cleanReport.UnknownWords:N0} unknown), spun perplexity {spunReport.Perplexity:F1} ({spunReport.UnknownWords:N0} unknown), ratio spun/clean {spunReport.Perplexity / cleanReport.Perplexity:F2}");
        var higher = cleanReport.Sentences.Zip(spunReport.Sentences).Count(p => p.Second.Log10Prob < p.First.Log10Prob);
        var changed = clean.Zip(spun).Count(p => !p.First.SequenceEqual(p.Second));
        Console.WriteLine($"spun sentence less probable than its original: {higher:N0} of {changed:N0} changed sentences");
    }
}
