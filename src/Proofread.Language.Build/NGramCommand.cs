using System.Diagnostics;
using System.Globalization;
using Proofread.Language.Modeling;
using Proofread.Language.Tagging;
using Proofread.Language.Text;
using Proofread.Language.Vectors;

namespace Proofread.Language.Build;

/// <summary>
/// n-gram subcommands:
/// <c>build TRAIN.txt OUT ORDER MINCOUNT [MAXVOCABULARY]</c> (MINCOUNT applies to orders ≥ 2),
/// <c>eval MODEL HELDOUT.txt</c> (perplexity, load time, probe speed),
/// <c>spin MODEL TAGGED_TRAIN EVAL_CLEAN_DIR [RATE] [SEED] [CLASSMODEL] [VECTORS]</c> (clean vs spun),
/// <c>classes TRAIN.txt OUT ORDER</c> (tags the training text and builds the POS-class model),
/// <c>attest PHRASES.tsv MODEL...</c> (how many expected phrases each model stores as n-grams).
/// </summary>
internal static class NGramCommand
{
    public static void Run(string[] args)
    {
        CommandLine.Need(args, 1, "ngram needs a subcommand: build, eval, spin, classes or attest");
        switch (args[0])
        {
            case "build":
                CommandLine.Need(args, 5, "ngram build needs TRAIN OUT ORDER MINCOUNT");
                var order = CommandLine.Int(args[3], "ngram build: ORDER");
                var given = MinCounts(args[4]);
                var maxVocabulary = args.Length > 5 ? CommandLine.Int(args[5], "ngram build: MAXVOCABULARY") : new NGramBuildOptions().MaxVocabulary;
                var minCounts = Enumerable.Range(2, Math.Max(0, order - 1)).Select(n => given[Math.Min(n - 2, given.Length - 1)]);
                NGramModelBuilder.Build([args[1]], args[2], new NGramBuildOptions
                {
                    Order = order,
                    Format = CorpusFormat.Tokenized,
                    MinCounts = [1, .. minCounts],
                    MaxVocabulary = maxVocabulary,
                }, Console.WriteLine);
                break;
            case "eval":
                CommandLine.Need(args, 3, "ngram eval needs MODEL and HELDOUT");
                Evaluate(args[1], args[2]);
                break;
            case "spin":
                CommandLine.Need(args, 4, "ngram spin needs MODEL TAGGED_TRAIN EVAL_CLEAN_DIR");
                Spin(args[1], args[2], args[3], args.Length > 4 ? CommandLine.Number(args[4], "ngram spin: RATE") : 0.2, args.Length > 5 ? CommandLine.Int(args[5], "ngram spin: SEED") : 1, args.Length > 6 ? args[6] : null, args.Length > 7 ? args[7] : null);
                break;
            case "classes":
                CommandLine.Need(args, 4, "ngram classes needs TRAIN OUT ORDER");
                BuildClassModel(args[1], args[2], CommandLine.Int(args[3], "ngram classes: ORDER"));
                break;
            case "attest":
                CommandLine.Need(args, 3, "ngram attest needs PHRASES and at least one MODEL");
                Attest(args[1], args[2..]);
                break;
            default:
                throw new UsageException($"unknown ngram subcommand '{args[0]}'");
        }
    }

    // MINCOUNT: one threshold for every order from 2, or a comma list for orders 2, 3, ...
    internal static int[] MinCounts(string value)
    {
        var parts = value.Split(',');
        var counts = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out counts[i]))
            {
                throw new UsageException($"ngram build: MINCOUNT '{value}' is not a whole number or a comma list of them");
            }
        }

        return counts;
    }

    private static void BuildClassModel(string trainPath, string outputPath, int order)
    {
        var tagger = PosTagger.LoadDefault();
        var tagsPath = Path.ChangeExtension(trainPath, ".tags");
        using (var writer = new StreamWriter(tagsPath))
        {
            foreach (var line in File.ReadLines(trainPath))
            {
                var tags = tagger.Tag(line.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                writer.Write(string.Join(' ', tags.Select(PosClassModel.TagWord)));
                writer.Write('\n');
            }
        }

        NGramModelBuilder.Build([tagsPath], outputPath, new NGramBuildOptions { Order = order, MinWordCount = 1, Format = CorpusFormat.Tokenized }, Console.WriteLine);
    }

    // Measurement only: PHRASES is a TSV read at run time (e.g. ../shared/eval/tortured-phrases.dev.tsv,
    // '#' comments), its second column the expected wording, alternatives split by '|'; the first
    // alternative is taken. A phrase of two or more tokens is attested when the model stores every
    // n-gram along it at full length (bigram for two words, each trigram for longer ones at
    // order 3), and bigram-attested when it stores each adjacent bigram. Single words: in vocabulary.
    private static void Attest(string phrasesPath, string[] modelPaths)
    {
        var phrases = File.ReadLines(phrasesPath)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Where(f => f.Length > 1)
            .Select(f => CorpusTokenizer.Tokenize(CorpusTokenizer.NormalizeTypography(f[1].Split('|')[0].Trim())))
            .Where(t => t.Count > 0)
            .DistinctBy(t => string.Join(' ', t).ToLowerInvariant())
            .ToList();
        var attestedBy = new List<HashSet<string>>();
        foreach (var path in modelPaths)
        {
            var model = NGramModel.Load(path);
            int words = 0, known = 0, multi = 0, full = 0, bigrams = 0;
            var attested = new HashSet<string>(StringComparer.Ordinal);
            foreach (var phrase in phrases)
            {
                var ids = model.ToIds(phrase, boundaries: false);
                if (ids.Length == 1)
                {
                    words++;
                    known += ids[0] == NGramVocabulary.UnknownId ? 0 : 1;
                    continue;
                }

                multi++;
                var allFull = true;
                var allBigrams = true;
                for (var i = 1; i < ids.Length; i++)
                {
                    var context = ids.AsSpan(Math.Max(0, i - model.Order + 1), Math.Min(i, model.Order - 1));
                    allFull &= model.MatchedOrder(context, ids[i]) == context.Length + 1;
                    allBigrams &= model.MatchedOrder(ids.AsSpan(i - 1, 1), ids[i]) == 2;
                }

                if (allFull)
                {
                    full++;
                    attested.Add(string.Join(' ', phrase));
                }

                bigrams += allBigrams ? 1 : 0;
            }

            attestedBy.Add(attested);
            Console.WriteLine($"{path}: {multi} phrases of 2+ tokens: {full} attested at full length ({100.0 * full / Math.Max(1, multi):F1} %), {bigrams} with every bigram ({100.0 * bigrams / Math.Max(1, multi):F1} %); {words} single words: {known} in vocabulary");
        }

        for (var m = 1; m < attestedBy.Count; m++)
        {
            var gained = attestedBy[m].Except(attestedBy[0]).Order(StringComparer.Ordinal).ToList();
            var lost = attestedBy[0].Except(attestedBy[m]).Order(StringComparer.Ordinal).ToList();
            Console.WriteLine($"{modelPaths[m]} vs {modelPaths[0]}: +{gained.Count} attested, -{lost.Count}");
        }
    }

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
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
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

        Console.WriteLine($"speed: {probes / clock.Elapsed.TotalSeconds:N0} LogProb calls/s wall, {probes / (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:N0} per CPU second (one thread, whole held-out text; checksum {sink:F0})");

        // A decoder rescoring one document reuses a small working set: 100 sentences, 50 times.
        var hot = idSentences.Take(100).ToList();
        probes = 0;
        cpu = Process.GetCurrentProcess().TotalProcessorTime;
        clock.Restart();
        for (var pass = 0; pass < 50; pass++)
        {
            foreach (var ids in hot)
            {
                for (var i = 1; i < ids.Length; i++)
                {
                    sink += model.LogProb(ids.AsSpan(Math.Max(0, i - model.Order + 1), Math.Min(i, model.Order - 1)), ids[i]);
                    probes++;
                }
            }
        }

        Console.WriteLine($"speed: {probes / clock.Elapsed.TotalSeconds:N0} LogProb calls/s wall, {probes / (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:N0} per CPU second (one thread, 100 sentences repeated; checksum {sink:F0})");
    }

    // A simple spinner: replace a share of lower-case content words by a random other word
    // (drawn from Brown's training half, seen at least 3 times) of the same universal tag, or of
    // any content tag; then compare perplexities, and how well context fit finds the replaced words.
    private static void Spin(string modelPath, string taggedTrainPath, string cleanDir, double rate, int seed, string? classModelPath, string? vectorsPath)
    {
        var model = NGramModel.Load(modelPath);
        var vectors = vectorsPath is null ? null : WordVectors.Load(vectorsPath);
        var classModel = classModelPath is null ? null : PosClassModel.Load(classModelPath);
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

        foreach (var ((word, tag), count) in frequency.OrderBy(p => p.Key.Item1, StringComparer.Ordinal).ThenBy(p => p.Key.Item2))
        {
            if (count >= 3)
            {
                (byTag.TryGetValue(tag, out var list) ? list : byTag[tag] = []).Add(word);
            }
        }

        var anyTag = byTag.Values.SelectMany(v => v).Distinct().Order(StringComparer.Ordinal).ToList();
        var clean = Directory.GetFiles(cleanDir, "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(f => CorpusTokenizer.Sentences(File.ReadAllText(f))).ToList();
        foreach (var sameTag in (bool[])[true, false])
        {
            var random = new Random(seed);
            var spun = new List<IReadOnlyList<string>>();
            int replaced = 0, content = 0;
            foreach (var sentence in clean)
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
                    if (random.NextDouble() < rate)
                    {
                        var pool = sameTag ? byTag[tags[i]] : anyTag;
                        copy[i] = pool[random.Next(pool.Count)];
                        replaced += copy[i] == sentence[i] ? 0 : 1;
                    }
                }

                spun.Add(copy);
            }

            var cleanReport = model.Perplexity(clean);
            var spunReport = model.Perplexity(spun);
            Console.WriteLine($"spinner ({(sameTag ? "same tag" : "any content tag")}): {clean.Count:N0} sentences, {content:N0} lower-case content words, {replaced:N0} replaced ({100.0 * replaced / content:F1} %)");
            Console.WriteLine($"  clean perplexity {cleanReport.Perplexity:F1} ({cleanReport.UnknownWords:N0} unknown), spun perplexity {spunReport.Perplexity:F1} ({spunReport.UnknownWords:N0} unknown), ratio spun/clean {spunReport.Perplexity / cleanReport.Perplexity:F2}");
            var lower = cleanReport.Sentences.Zip(spunReport.Sentences).Count(p => p.Second.Log10Prob < p.First.Log10Prob);
            var changed = clean.Zip(spun).Count(p => !p.First.SequenceEqual(p.Second));
            Console.WriteLine($"  spun sentence less probable than its original: {lower:N0} of {changed:N0} changed sentences");

            // Word level: context fit = pointwise mutual information of the word with its left
            // context plus that of the following words with it; low fit = suspicious. The
            // combinations add z-scores with equal weights (nothing is tuned on this data).
            var items = new List<(double Word, double Class, double Vector, bool Replaced)>();
            foreach (var (original, s) in clean.Zip(spun))
            {
                var ids = model.ToIds(s);
                var tags = tagger.Tag(s);
                var classIds = classModel?.ToIds(tags);
                for (var i = 0; i < s.Count; i++)
                {
                    if (!s[i].All(char.IsLetter) || !char.IsLower(s[i][0]) || !tags[i].IsContent())
                    {
                        continue;
                    }

                    var vectorFit = vectors?.ContextFit(s, i) ?? 0f;
                    items.Add((
                        ContextFit(model, ids, i + 1),
                        classModel is null ? 0 : ContextFit(classModel.Model, classIds!, i + 1),
                        float.IsNaN(vectorFit) ? 0 : vectorFit,
                        !string.Equals(original[i], s[i], StringComparison.Ordinal)));
                }
            }

            var zWord = ZScores(items.Select(x => x.Word));
            var zClass = ZScores(items.Select(x => x.Class));
            var zVector = ZScores(items.Select(x => x.Vector));
            double AucOf(Func<int, double> fit) => Auc(items.Select((x, k) => (-fit(k), x.Replaced)).ToList());
            Console.WriteLine($"  word-level AUC over {items.Count(x => x.Replaced):N0} replaced and {items.Count(x => !x.Replaced):N0} kept content words: word model {AucOf(k => zWord[k]):F3}" +
                (classModel is null ? string.Empty : $"; class model {AucOf(k => zClass[k]):F3}; word + class {AucOf(k => zWord[k] + zClass[k]):F3}") +
                (vectors is null ? string.Empty : $"; vectors {AucOf(k => zVector[k]):F3}; word + vectors {AucOf(k => zWord[k] + zVector[k]):F3}") +
                (vectors is null || classModel is null ? string.Empty : $"; all three {AucOf(k => zWord[k] + zClass[k] + zVector[k]):F3}"));
        }
    }

    private static double[] ZScores(IEnumerable<double> values)
    {
        var v = values.ToArray();
        var mean = v.Average();
        var sd = Math.Sqrt(v.Select(x => (x - mean) * (x - mean)).Average());
        return v.Select(x => sd > 0 ? (x - mean) / sd : 0).ToArray();
    }

    private static double ContextFit(NGramModel model, int[] ids, int p)
    {
        var order = model.Order;
        var left = model.LogProb(ids.AsSpan(Math.Max(0, p - order + 1), Math.Min(p, order - 1)), ids[p]) - model.LogProb([], ids[p]);
        var right = 0.0;
        for (var j = p + 1; j < ids.Length && j < p + order; j++)
        {
            var from = Math.Max(0, j - order + 1);
            right += model.LogProb(ids.AsSpan(from, j - from), ids[j]) - model.LogProb(ids.AsSpan(p + 1, j - p - 1), ids[j]);
        }

        return left + right;
    }

    internal static double Auc(List<(double Score, bool Positive)> items)
    {
        var sorted = items.OrderBy(x => x.Score).ToList();
        double rankSum = 0;
        long positives = 0;
        var i = 0;
        while (i < sorted.Count)
        {
            var j = i;
            while (j < sorted.Count && sorted[j].Score == sorted[i].Score)
            {
                j++;
            }

            var averageRank = (i + j + 1) / 2.0;
            for (var k = i; k < j; k++)
            {
                if (sorted[k].Positive)
                {
                    rankSum += averageRank;
                    positives++;
                }
            }

            i = j;
        }

        var negatives = sorted.Count - positives;
        return (rankSum - (positives * (positives + 1) / 2.0)) / (positives * (double)negatives);
    }
}
