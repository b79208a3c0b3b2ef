using System.Diagnostics;
using System.Globalization;
using Proofread.Spin.Build;

// Usage: Proofread.Spin.Build HELDOUT_TXT OUT_DIR [--max-docs N]
// Proofread.Spin.Build --candidates FILE TEXT lists every candidate for the spans reading TEXT.
// Proofread.Spin.Build --passages HELDOUT_TXT OUT_DIR rebuilds passage.txt only, over the shipped combiner and refiner.
// Proofread.Spin.Build --passage-features FILE... prints the per-file spin score and its features.
// Proofread.Spin.Build --coverage HELDOUT_TXT [DOCS] reports where candidate generation loses true originals.
// Rebuilds dictionaries/spin/combiner.txt, passage.txt and training-report.txt (see corpora/README.md).
if (args.Length >= 3 && args[0] == "--candidates")
{
    CoverageReport.Candidates(args[1], args[2], Console.Out);
    return 0;
}

if (args.Length >= 2 && args[0] == "--passage-features")
{
    CoverageReport.PassageFeatures(args.Skip(1), Console.Out);
    return 0;
}

if (args.Length >= 2 && args[0] == "--tortured-coverage")
{
    CoverageReport.RunTortured(args[1], Console.Out);
    return 0;
}

if (args.Length >= 2 && args[0] == "--coverage")
{
    CoverageReport.Run(args[1], args.Length >= 3 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 40, Console.Out);
    return 0;
}

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: Proofread.Spin.Build HELDOUT_TXT OUT_DIR [--max-docs N]");
    return 2;
}

if (args.Length >= 3 && args[0] == "--passages")
{
    new SpinTrainer(args[1], args[2], int.MaxValue, Console.Out).RunPassagesOnly();
    return 0;
}

var maxDocs = args.Length >= 4 && args[2] == "--max-docs" ? int.Parse(args[3], CultureInfo.InvariantCulture) : int.MaxValue;
var clock = Stopwatch.StartNew();
var trainer = new SpinTrainer(args[0], args[1], maxDocs, Console.Out);
trainer.Run();
Console.WriteLine($"done in {clock.Elapsed.TotalSeconds:0.0} s");
return 0;
