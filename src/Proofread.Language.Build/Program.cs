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
    _ => 2,
};
Console.WriteLine($"done in {clock.Elapsed.TotalSeconds:F1} s, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1 << 20)} MB");
return code;

static int Run(Action action)
{
    action();
    return 0;
}
