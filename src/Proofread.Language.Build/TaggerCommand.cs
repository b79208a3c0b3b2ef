using System.Diagnostics;
using Proofread.Language.Tagging;

namespace Proofread.Language.Build;

/// <summary>Trains the tagger on Brown's training documents and measures it on the held-out ones.</summary>
internal static class TaggerCommand
{
    public static void Run(string[] args)
    {
        CommandLine.Need(args, 2, "tagger needs TEXT and MODEL");
        var textDir = args[0];
        var modelPath = args[1];
        var iterations = args.Length > 2 ? CommandLine.Int(args[2], "tagger: ITERATIONS") : 5;
        var train = Read(Path.Combine(textDir, "brown.train.tagged"));
        var heldOut = Read(Path.Combine(textDir, "brown.heldout.tagged"));
        Console.WriteLine($"tagger: {train.Count:N0} training sentences ({train.Sum(s => s.Words.Length):N0} tokens), {heldOut.Count:N0} held-out ({heldOut.Sum(s => s.Words.Length):N0} tokens)");

        var clock = Stopwatch.StartNew();
        var tagger = new PosTaggerTrainer { Iterations = iterations }.Train(train, Console.WriteLine);
        Console.WriteLine($"trained in {clock.Elapsed.TotalSeconds:F1} s; {tagger.FeatureCount:N0} features, {tagger.DictionaryCount:N0} dictionary words");

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(modelPath))!);
        tagger.Save(modelPath);
        clock.Restart();
        var loaded = PosTagger.Load(modelPath);
        Console.WriteLine($"model {new FileInfo(modelPath).Length:N0} bytes, loaded in {clock.Elapsed.TotalMilliseconds:F0} ms");

        Evaluate(loaded, heldOut);
    }

    public static void Evaluate(PosTagger tagger, List<(string[] Words, UniversalTag[] Tags)> heldOut)
    {
        long correct = 0, total = 0;
        var confusion = new int[UniversalTags.Count, UniversalTags.Count];
        foreach (var (words, gold) in heldOut)
        {
            var tags = tagger.Tag(words);
            for (var i = 0; i < words.Length; i++)
            {
                total++;
                if (tags[i] == gold[i])
                {
                    correct++;
                }

                confusion[(int)gold[i], (int)tags[i]]++;
            }
        }

        Console.WriteLine($"held-out accuracy: {100.0 * correct / total:F2} % ({correct:N0} / {total:N0})");
        for (var g = 0; g < UniversalTags.Count; g++)
        {
            var row = Enumerable.Range(0, UniversalTags.Count).Sum(p => confusion[g, p]);
            Console.WriteLine($"  {((UniversalTag)g).Name(),-5} {row,7} tokens, {(row == 0 ? 0 : 100.0 * confusion[g, g] / row):F1} % right");
        }

        // Speed: tag the held-out set several times on one thread.
        var tokens = 0L;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var buffer = new UniversalTag[512];
        for (var pass = 0; pass < 5; pass++)
        {
            foreach (var (words, _) in heldOut)
            {
                tagger.Tag(words, buffer);
                tokens += words.Length;
            }
        }

        Console.WriteLine($"speed: {tokens / clock.Elapsed.TotalSeconds:N0} tokens/s wall, {tokens / (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:N0} per CPU second (one thread)");
    }

    public static List<(string[] Words, UniversalTag[] Tags)> Read(string path)
    {
        var result = new List<(string[], UniversalTag[])>();
        foreach (var line in File.ReadLines(path))
        {
            var items = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var words = new string[items.Length];
            var tags = new UniversalTag[items.Length];
            for (var i = 0; i < items.Length; i++)
            {
                var cut = items[i].LastIndexOf('_');
                words[i] = items[i][..cut];
                tags[i] = UniversalTags.Parse(items[i][(cut + 1)..]);
            }

            result.Add((words, tags));
        }

        return result;
    }
}
