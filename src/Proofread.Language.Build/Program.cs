using System.Diagnostics;
using Proofread.Language.Build;

// Offline trainer for Proofread's language models. Run through corpora/build.sh.
// Bad arguments: the reason and the usage on stderr, exit code 2; missing or unreadable inputs:
// the reason, exit code 1.
if (args.Length == 0)
{
    Console.Error.WriteLine(CommandLine.Usage);
    return 2;
}

var clock = Stopwatch.StartNew();
int code;
try
{
    code = args[0] switch
    {
        "corpus" => Run(() =>
        {
            CommandLine.Need(args, 3, "corpus needs SRC and OUT");
            CorpusBuilder.Run(args[1], args[2], args.Length > 3 ? args[3] : null);
        }),
        "tagger" => Run(() => TaggerCommand.Run(args[1..])),
        "tagger-eval" => Run(() =>
        {
            CommandLine.Need(args, 3, "tagger-eval needs MODEL and TAGGED");
            TaggerCommand.Evaluate(Proofread.Language.Tagging.PosTagger.Load(args[1]), TaggerCommand.Read(args[2]));
        }),
        "ngram" => Run(() => NGramCommand.Run(args[1..])),
        "vectors" => Run(() => VectorsCommand.Run(args[1..])),
        "footprint" => Run(Footprint),
        "score" => Run(() => Score(args[1..])),
        _ => throw new UsageException($"unknown command '{args[0]}'"),
    };
}
catch (UsageException e)
{
    Console.Error.WriteLine($"{CommandLine.Name}: {e.Message}");
    Console.Error.WriteLine(CommandLine.Usage);
    return 2;
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or FormatException)
{
    Console.Error.WriteLine($"{CommandLine.Name}: {e.Message}");
    return 1;
}

Console.WriteLine($"done in {clock.Elapsed.TotalSeconds:F1} s, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1 << 20)} MB");
return code;

// Memory and load time of the shipped models, each loaded once as the tool does.
static void Footprint()
{
    var before = Process.GetCurrentProcess().WorkingSet64;
    var clock = Stopwatch.StartNew();
    var model = Proofread.Language.Modeling.NGramModel.LoadDefault();
    Console.WriteLine($"ngram.bin: {clock.Elapsed.TotalMilliseconds:F0} ms (first load, cold JIT), order {model.Order}");
    clock.Restart();
    Proofread.Language.Tagging.PosTagger.LoadDefault();
    Console.WriteLine($"tagger.bin: {clock.Elapsed.TotalMilliseconds:F0} ms");
    clock.Restart();
    Proofread.Language.Modeling.PosClassModel.LoadDefault();
    Console.WriteLine($"posclass.bin: {clock.Elapsed.TotalMilliseconds:F0} ms");
    clock.Restart();
    Proofread.Language.Vectors.WordVectors.LoadDefault();
    Console.WriteLine($"vectors.bin: {clock.Elapsed.TotalMilliseconds:F0} ms");
    GC.Collect();
    var process = Process.GetCurrentProcess();
    Console.WriteLine($"working set {process.WorkingSet64 / (1 << 20)} MB (was {before / (1 << 20)} MB before loading), managed heap {GC.GetTotalMemory(true) / (1 << 20)} MB");
}

// Scores each argument as a sentence with the shipped models: tags, word and class log10 P.
static void Score(string[] sentences)
{
    var lm = Proofread.Language.Modeling.NGramModel.LoadDefault();
    var classes = Proofread.Language.Modeling.PosClassModel.LoadDefault();
    var tagger = Proofread.Language.Tagging.PosTagger.LoadDefault();
    foreach (var text in sentences)
    {
        foreach (var sentence in Proofread.Language.Text.CorpusTokenizer.Sentences(text))
        {
            var tags = tagger.Tag(sentence);
            var tagged = string.Join(' ', sentence.Zip(tags, (w, t) => $"{w}/{Proofread.Language.Tagging.UniversalTags.Name(t)}"));
            var report = lm.Perplexity([sentence]);
            Console.WriteLine($"{report.Log10Prob,8:F2} word  {classes.SentenceLogProb(tags),7:F2} class  ppl {report.Perplexity,7:F1}  {tagged}");
        }
    }
}

static int Run(Action action)
{
    action();
    return 0;
}
