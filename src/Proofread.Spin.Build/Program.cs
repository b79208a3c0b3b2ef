using System.Diagnostics;
using System.Globalization;
using Proofread.Spin.Build;

// Usage: Proofread.Spin.Build HELDOUT_TXT OUT_DIR [--max-docs N]
// Proofread.Spin.Build --candidates FILE TEXT lists every candidate for the spans reading TEXT.
// Proofread.Spin.Build --passages HELDOUT_TXT OUT_DIR rebuilds passage.txt only, over the shipped combiner and refiner.
// Proofread.Spin.Build --average HELDOUT_TXT OUT_DIR MODEL_DIR MODEL_DIR... takes the first model's pruner and combiner with the refiners of all (models trained with other seeds) averaged, then fits the threshold and passage score anew.
// Proofread.Spin.Build --passage-features FILE... prints the per-file spin score and its features.
// Proofread.Spin.Build --sources WORD lists the word's reverse-thesaurus candidates per part of speech.
// Proofread.Spin.Build --coverage HELDOUT_TXT [DOCS] reports where candidate generation loses true originals.
// Proofread.Spin.Build --gate-study FILE... prints, per span with proposals, its cost, its language-model scores before generation and the detector's verdicts.
// Proofread.Spin.Build --tortured-stages PHRASES_TSV [CLEAN_DIR] reports, stage by stage, where tortured phrases' expected wordings are lost, and proposals per word on clean texts.
// Rebuilds dictionaries/spin/combiner.txt, passage.txt and training-report.txt (see corpora/README.md).
if (args.Length >= 2 && args[0] == "--sources")
{
    // The reverse-thesaurus candidates of a word, per part of speech, strongest first.
    var resources = Proofread.Spin.SpinResources.LoadDefault();
    foreach (var pos in new[] { Proofread.Lexicon.Morphology.PartOfSpeech.Noun, Proofread.Lexicon.Morphology.PartOfSpeech.Verb, Proofread.Lexicon.Morphology.PartOfSpeech.Adjective })
    {
        Console.WriteLine($"{pos}: {string.Join(", ", resources.SourceTermsOf(args[1], pos).Select((s, k) => string.Create(CultureInfo.InvariantCulture, $"{k}:{s.Text.Text} {s.Strength:0.00}/{s.ChannelRank}")))}");
    }

    return 0;
}

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

if (args.Length >= 2 && args[0] == "--tortured-stages")
{
    TorturedStages.Run(args[1], args.Length >= 3 ? args[2] : null, Console.Out);
    return 0;
}

if (args.Length >= 2 && args[0] == "--gate-study")
{
    GateStudy.Run(args.Skip(1), Console.Out);
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

if (args.Length >= 4 && args[0] == "--average")
{
    new SpinTrainer(args[1], args[2], int.MaxValue, Console.Out).RunAverage(args[3..]);
    return 0;
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
