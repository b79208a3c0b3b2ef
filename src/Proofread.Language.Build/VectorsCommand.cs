using System.Diagnostics;
using Proofread.Language.Tagging;
using Proofread.Language.Text;
using Proofread.Language.Vectors;

namespace Proofread.Language.Build;

/// <summary>
/// <c>vectors build TRAIN.txt OUT [DIMENSIONS]</c> learns PPMI+SVD vectors;
/// <c>vectors eval VECTORS TAGGED_TRAIN EVAL_CLEAN_DIR</c> prints neighbours and the spin AUC.
/// </summary>
internal static class VectorsCommand
{
    public static void Run(string[] args)
    {
        CommandLine.Need(args, 1, "vectors needs a subcommand: build or eval");
        if (args[0] == "build")
        {
            CommandLine.Need(args, 3, "vectors build needs TRAIN and OUT");
            var dimensions = args.Length > 3 ? CommandLine.Int(args[3], "vectors build: DIMENSIONS") : 100;
            var clock = Stopwatch.StartNew();
            var vectors = new WordVectorsBuilder { Dimensions = dimensions }.Build(
                () => File.ReadLines(args[1]).Select(l => (IReadOnlyList<string>)l.Split(' ', StringSplitOptions.RemoveEmptyEntries)),
                Console.WriteLine);
            vectors.Save(args[2]);
            Console.WriteLine($"vectors: {vectors.Count:N0} words × {vectors.Dimensions}, {new FileInfo(args[2]).Length:N0} bytes, built in {clock.Elapsed.TotalSeconds:F0} s");
            return;
        }

        if (args[0] != "eval")
        {
            throw new UsageException($"unknown vectors subcommand '{args[0]}'");
        }

        CommandLine.Need(args, 4, "vectors eval needs VECTORS TAGGED_TRAIN EVAL_CLEAN_DIR");
        var loaded = WordVectors.Load(args[1]);
        foreach (var word in (string[])["congress", "health", "organization", "party", "whale", "good", "reported", "thursday"])
        {
            Console.WriteLine($"{word}: {string.Join(", ", loaded.Nearest(word, 8).Select(n => $"{n.Word} {n.Similarity:F2}"))}");
        }

        // The same-tag spinner of `ngram spin`, scored by context fit (low = suspicious).
        var tagger = PosTagger.LoadDefault();
        var pool = new Dictionary<UniversalTag, List<string>>();
        var frequency = new Dictionary<(string, UniversalTag), int>();
        foreach (var (words, tags) in TaggerCommand.Read(args[2]))
        {
            for (var i = 0; i < words.Length; i++)
            {
                if (tags[i].IsContent() && words[i].All(char.IsLower))
                {
                    frequency[(words[i], tags[i])] = frequency.GetValueOrDefault((words[i], tags[i])) + 1;
                }
            }
        }

        foreach (var ((word, tag), count) in frequency.OrderBy(p => p.Key.Item1, StringComparer.Ordinal).ThenBy(p => p.Key.Item2))
        {
            if (count >= 3)
            {
                (pool.TryGetValue(tag, out var list) ? list : pool[tag] = []).Add(word);
            }
        }

        var random = new Random(1);
        var scores = new List<(double, bool)>();
        var covered = 0;
        foreach (var sentence in Directory.GetFiles(args[3], "*.txt").Order(StringComparer.Ordinal).SelectMany(f => CorpusTokenizer.Sentences(File.ReadAllText(f))))
        {
            var tags = tagger.Tag(sentence);
            var spun = sentence.ToList();
            var replaced = new bool[spun.Count];
            for (var i = 0; i < spun.Count; i++)
            {
                if (tags[i].IsContent() && spun[i].All(char.IsLetter) && char.IsLower(spun[i][0]) && random.NextDouble() < 0.2)
                {
                    var list = pool[tags[i]];
                    spun[i] = list[random.Next(list.Count)];
                    replaced[i] = !string.Equals(spun[i], sentence[i], StringComparison.Ordinal);
                }
            }

            var spunTags = tagger.Tag(spun);
            for (var i = 0; i < spun.Count; i++)
            {
                if (!spunTags[i].IsContent() || !spun[i].All(char.IsLetter) || !char.IsLower(spun[i][0]))
                {
                    continue;
                }

                var fit = loaded.ContextFit(spun, i);
                if (!float.IsNaN(fit))
                {
                    covered++;
                    scores.Add((-fit, replaced[i]));
                }
            }
        }

        Console.WriteLine($"spin AUC by context fit (same-tag spinner, 20 %): {NGramCommand.Auc(scores):F3} over {covered:N0} content words with vectors");
    }
}
