using System.Diagnostics;
using Proofread.Language.Build;

// Offline trainer for Proofread's language models. Run through corpora/build.sh.
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: proofread-language-build corpus SRC OUT | tagger TEXT MODEL [ITERATIONS] | tagger-eval MODEL TAGGED | ngram build|eval|spin|classes ... | vectors build|eval ...");
    return 2;
}

var clock = Stopwatch.StartNew();
var code = args[0] switch
{
    "corpus" => Run(() => CorpusBuilder.Run(args[1], args[2])),
    "tagger" => Run(() => TaggerCommand.Run(args[1..])),
    "tagger-eval" => Run(() => TaggerCommand.Evaluate(Proofread.Language.Tagging.PosTagger.Load(args[1]), TaggerCommand.Read(args[2]))),
    "ngram" => Run(() => NGramCommand.Run(args[1..])),
    "vectors" => Run(() => VectorsCommand.Run(args[1..])),
    "footprint" => Run(Footprint),
    _ => 2,
};
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

static int Run(Action action)
{
    action();
    return 0;
}
