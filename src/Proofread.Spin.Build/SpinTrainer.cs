using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using Proofread.Documents;
using Proofread.Evaluation;
using Proofread.Evaluation.Spinning;
using Proofread.Language.Modeling;
using Proofread.Lexicon.Thesaurus;
using Proofread.Text;

namespace Proofread.Spin.Build;

/// <summary>
/// Trains the combiner and the passage scorer. Held-out documents are spun by the dev spinner
/// with every thesaurus source (the evaluation spins with Moby only); four fifths train the trees,
/// the last fifth calibrates: the threshold, the reliability table and the passage scorer.
/// </summary>
internal sealed class SpinTrainer(string heldOutPath, string outDirectory, int maxDocuments, TextWriter log)
{
    private const int SentencesPerDocument = 40;
    private const int PassageWords = 200;
    // PROOFREAD_SPIN_SEED changes the training spins and the trees' seed, to measure how far a
    // retrain alone moves the figures.
    private static readonly int Seed = int.TryParse(Environment.GetEnvironmentVariable("PROOFREAD_SPIN_SEED"), CultureInfo.InvariantCulture, out var seed) ? seed : 7331;
    private const double TargetPrecision = 0.9;
    private const double MaxFalseFlags = 0.5;

    // Share of clean calibration passages the per-file verdict (score 0.5) may call spun.
    private const double MaxCleanVerdicts = 0.02;

    // Known terms distorted word by word ("inventory showcase" for "stock market") teach the trees
    // what a spun term looks like; the evaluation's spins have none (TermRate 0).
    private const double TermRate = 0.5;

    // Training texts are spun from this share of content words up (the dev spinner's 15 % to 40 %
    // below it): commercial spinners also change only one word in ten, and a refiner that never saw
    // such light spinning wipes it out as clean prose.
    private const double MinSpinRate = 0.05;

    // How many times each training text is spun (with different choices each time).
    private const int SpinsPerText = 4;

    private readonly StringBuilder _report = new();

    private static readonly PassageScorer ZeroPassages = new(new double[PassageScorer.FeatureNames.Count + 1]);

    /// <summary>Rebuilds passage.txt only, over the shipped combiner and refiner.</summary>
    public void RunPassagesOnly()
    {
        var untrained = SpinResources.Load(NGramModel.LoadDefault(), SpinCombiner.Untrained, ZeroPassages);
        var (_, documents, spinner, pairs) = Prepare(untrained);
        var shipped = untrained.With(SpinCombiner.LoadDefault(), ZeroPassages, SpinCombiner.LoadDefaultRefiner()).With(SpinPruner.LoadDefault());
        var passages = TrainPassages(new SpinDetector(shipped), documents, spinner, pairs);
        WritePassages(passages);
        File.WriteAllText(Path.Combine(outDirectory, "passage-report.txt"), _report.ToString(), new UTF8Encoding(false));
    }

    /// <summary>
    /// Models already trained with other seeds (each folder holds a combiner, refiner and pruner
    /// from <see cref="Run"/>) made one: the first one's pruner and combiner, all their refiners
    /// averaged, then the threshold, reliability table and passage score fitted anew on this seed's
    /// calibration texts, which none of the members trained on. The refiners carry what averaging
    /// gains (measured in session 9: averaged combiners add nothing over one), and the refiner
    /// scores only the spans the first pass gave a chance, so its extra trees cost little.
    /// </summary>
    public void RunAverage(IReadOnlyList<string> memberDirectories)
    {
        var untrained = SpinResources.Load(NGramModel.LoadDefault(), SpinCombiner.Untrained, ZeroPassages);
        var (_, documents, spinner, pairs) = Prepare(untrained);
        var combiner = SpinCombiner.Load(Path.Combine(memberDirectories[0], "combiner.txt"));
        var refiner = SpinCombiner.Average([.. memberDirectories.Select(d => SpinCombiner.Load(Path.Combine(d, "refiner.txt"), SpinFeatures.RefinerNames))]);
        var pruner = SpinPruner.Load(Path.Combine(memberDirectories[0], "pruner.txt"));
        Say($"{memberDirectories.Count} models: {string.Join(", ", memberDirectories.Select(d => Path.GetFileName(Path.TrimEndingDirectorySeparator(d))))}; the first one's pruner and combiner ({combiner.TreeCount} trees), the refiners averaged ({refiner.TreeCount} trees)");
        var detector = new SpinDetector(untrained.With(pruner).With(combiner, ZeroPassages, refiner));
        var calibration = pairs.Where((_, i) => i % 5 == 4).ToList();
        combiner = combiner.WithThreshold(Calibrate(detector, calibration));
        var passages = TrainPassages(detector, documents, spinner, pairs);
        WriteModels(combiner, refiner, pruner);
        WritePassages(passages);
        File.WriteAllText(Path.Combine(outDirectory, "training-report.txt"), _report.ToString(), new UTF8Encoding(false));
    }

    public void Run()
    {
        var untrained = SpinResources.Load(NGramModel.LoadDefault(), SpinCombiner.Untrained, ZeroPassages);
        var (sentences, documents, spinner, pairs) = Prepare(untrained);

        // Training texts: three fifths spun, two fifths left clean, so the trees also learn what
        // clean text looks like (in clean prose every candidate is wrong). Of the spun ones, a sixth
        // are spun only in their first half and a sixth only in their second, so that the refiner
        // also learns spin as a local matter, not only as a property of a whole text.
        var training = pairs.Select((p, i) => (Pair: p, Index: i)).Where(x => x.Index % 5 != 4)
            .Select((x, k) => k % 5 is 1 or 3 ? x.Pair with { Spun = x.Pair.Original, Substitutions = [] }
                : (x.Index / 5) % 6 is var part && part > 1 ? x.Pair
                : PartlySpun(spinner, sentences[x.Index], x.Index, firstHalf: part == 0))
            .ToList();

        // Each spun training text again with other choices (unspun ones count as often), for
        // more substitutions in the same contexts.
        var once = training.Count;
        for (var round = 1; round < SpinsPerText; round++)
        {
            var suffix = round == 1 ? "" : round.ToString(CultureInfo.InvariantCulture);
            training.AddRange(pairs.Select((p, i) => (Pair: p, Index: i)).Where(x => x.Index % 5 != 4)
                .Select((x, k) => k % 5 is 1 or 3 ? training[k]
                    : spinner.Spin(documents[x.Index], "heldout-again" + suffix + "-" + x.Index.ToString(CultureInfo.InvariantCulture))));
        }

        Debug.Assert(training.Count == once * SpinsPerText, "every round adds each training text once");
        var calibration = pairs.Where((_, i) => i % 5 == 4).ToList();
        Say($"held-out text: {documents.Count} documents of {SentencesPerDocument} sentences; {training.Count} train the combiner ({training.Count(p => p.Substitutions.IsEmpty)} of them unspun), {calibration.Count} calibrate (spun and unspun)");

        // The pruner first: which proposals reach the combiner decides the combiner's rows.
        var pruner = TrainPruner(new SpinDetector(untrained), training.Take(once).ToList());
        untrained = untrained.With(pruner);

        var perText = CollectRowsPerText(new SpinDetector(untrained), training, refinerRows: false);
        var rows = perText.SelectMany(r => r).ToList();
        var truthCount = training.Sum(p => p.Substitutions.Length);
        Say(string.Create(CultureInfo.InvariantCulture, $"training rows: {rows.Count} candidates for {truthCount} substitutions; the true original is among them for {rows.Count(r => r.Label)} ({(double)rows.Count(r => r.Label) / truthCount:P1})"));
        var combiner = Train(rows, SpinFeatures.Names, "combiner");

        // The refiner learns from the first pass's verdicts around each candidate. Those verdicts come
        // from a combiner that never saw the text (two folds by source text, each scored by the
        // combiner of the other), so they are as unsure as on new prose; the shipped combiner's own
        // verdicts on its training texts would be too sure, and the refiner would learn to distrust
        // any text whose first pass finds less.
        var folds = new[] { 0, 1 }.Select(f => Train(
            [.. perText.Where((_, i) => FoldOf(i, once) != f).SelectMany(r => r)],
            SpinFeatures.Names,
            "combiner without fold " + f.ToString(CultureInfo.InvariantCulture))).ToArray();
        var refinerRows = new[] { 0, 1 }.SelectMany(f => CollectRows(
            new SpinDetector(untrained.With(folds[f], ZeroPassages)),
            [.. training.Where((_, i) => FoldOf(i, once) == f)],
            refinerRows: true)).ToList();
        Say(string.Create(CultureInfo.InvariantCulture, $"refiner rows: {refinerRows.Count} candidates the first pass gave a chance, {refinerRows.Count(r => r.Label)} of them true originals"));
        var refiner = Train(refinerRows, SpinFeatures.RefinerNames, "refiner");

        var detector = new SpinDetector(untrained.With(combiner, ZeroPassages, refiner));
        var threshold = Calibrate(detector, calibration);
        combiner = combiner.WithThreshold(threshold);
        var passages = TrainPassages(detector, documents, spinner, pairs);

        WriteModels(combiner, refiner, pruner);
        WritePassages(passages);
        File.WriteAllText(Path.Combine(outDirectory, "training-report.txt"), _report.ToString(), new UTF8Encoding(false));
    }

    private void WriteModels(SpinCombiner combiner, SpinCombiner refiner, SpinPruner pruner)
    {
        Directory.CreateDirectory(outDirectory);
        using (var writer = new StreamWriter(Path.Combine(outDirectory, "combiner.txt"), false, new UTF8Encoding(false)) { NewLine = "\n" })
        {
            combiner.Write(writer);
        }

        using (var writer = new StreamWriter(Path.Combine(outDirectory, "refiner.txt"), false, new UTF8Encoding(false)) { NewLine = "\n" })
        {
            refiner.Write(writer);
        }

        using (var writer = new StreamWriter(Path.Combine(outDirectory, "pruner.txt"), false, new UTF8Encoding(false)) { NewLine = "\n" })
        {
            pruner.Write(writer);
        }
    }

    // Logistic regression on every proposal for the first round of training spins: all true
    // originals and a fixed random twentieth of the rest (only the order within a span matters).
    private SpinPruner TrainPruner(SpinDetector detector, List<SpunPair> pairs)
    {
        const double NegativeShare = 0.05;
        var perText = pairs.AsParallel().AsOrdered().WithDegreeOfParallelism(2).Select((pair, index) =>
        {
            var random = new Random(Seed + index);
            var truths = pair.Substitutions.ToDictionary(s => s.Span, s => s.Originals);
            var rows = new List<(double[] X, bool Label)>();
            detector.Detect(Document.FromPlainText(pair.Spun), null, (span, c, _) =>
            {
                var label = truths.TryGetValue(span, out var originals) && originals.Any(o => string.Equals(o, c.Text, StringComparison.OrdinalIgnoreCase));
                if (label || random.NextDouble() < NegativeShare)
                {
                    rows.Add(([.. c.PruningFeatures!.Select(v => (double)v)], label));
                }
            });
            return rows;
        }).ToList();
        var rows = perText.SelectMany(r => r).ToList();
        var weights = LogisticRegression.Fit([.. rows.Select(r => r.X)], [.. rows.Select(r => r.Label)], l2: 1e-4);
        var pruner = new SpinPruner(weights);
        var truthCount = pairs.Sum(p => p.Substitutions.Length);
        Say(string.Create(CultureInfo.InvariantCulture, $"pruner: {rows.Count} proposals ({rows.Count(r => r.Label)} true originals, {NegativeShare:P0} of the rest) from {pairs.Count} texts with {truthCount} substitutions; weights {string.Join(' ', weights.Select(w => w.ToString("0.###", CultureInfo.InvariantCulture)))}"));
        return pruner;
    }

    // One half of a document spun, the other left as written.
    private static SpunPair PartlySpun(DevSpinner spinner, List<string> sentences, int index, bool firstHalf)
    {
        var half = sentences.Count / 2;
        var first = string.Join(' ', sentences.Take(half));
        var second = string.Join(' ', sentences.Skip(half)) + "\n";
        var name = "heldout-" + index.ToString(CultureInfo.InvariantCulture) + (firstHalf ? "-a" : "-b");
        if (firstHalf)
        {
            var spun = spinner.Spin(first, name);
            return spun with { Original = spun.Original + " " + second, Spun = spun.Spun + " " + second };
        }

        var tail = spinner.Spin(second, name);
        var shift = first.Length + 1;
        return tail with
        {
            Original = first + " " + tail.Original,
            Spun = first + " " + tail.Spun,
            Substitutions = [.. tail.Substitutions.Select(s => s with { Span = new TextSpan(s.Span.Start + shift, s.Span.Length) })],
        };
    }

    // Every spin of one held-out text falls in the same fold (training repeats the texts in rounds).
    private static int FoldOf(int index, int textsPerRound) => index % textsPerRound % 2;

    private static List<TrainingRow> CollectRows(SpinDetector detector, List<SpunPair> pairs, bool refinerRows) =>
        [.. CollectRowsPerText(detector, pairs, refinerRows).SelectMany(r => r)];

    private static List<List<TrainingRow>> CollectRowsPerText(SpinDetector detector, List<SpunPair> pairs, bool refinerRows)
    {
        return pairs.AsParallel().AsOrdered().WithDegreeOfParallelism(2).Select(pair =>
        {
            var rows = new List<TrainingRow>();
            var truths = pair.Substitutions.ToDictionary(s => s.Span, s => s.Originals);
            void Collect(TextSpan span, Candidate c)
            {
                var label = truths.TryGetValue(span, out var originals) && originals.Any(o => string.Equals(o, c.Text, StringComparison.OrdinalIgnoreCase));
                rows.Add(new TrainingRow { Label = label, Features = (float[])c.Features.Clone() });
            }

            detector.Detect(Document.FromPlainText(pair.Spun), refinerRows ? null : Collect, refined: refinerRows ? Collect : null);
            return rows;
        }).ToList();
    }

    private SpinCombiner Train(List<TrainingRow> rows, string[] names, string what)
    {
        var ml = new MLContext(seed: Seed);
        var data = ml.Data.LoadFromEnumerable(rows);
        var options = new FastTreeBinaryTrainer.Options
        {
            NumberOfTrees = 250,
            NumberOfLeaves = 24,
            MinimumExampleCountPerLeaf = 50,
            LearningRate = 0.1,
            NumberOfThreads = 1, // one thread: the same rows give the same trees
            FeatureColumnName = nameof(TrainingRow.Features),
            LabelColumnName = nameof(TrainingRow.Label),
        };
        var model = ml.BinaryClassification.Trainers.FastTree(options).Fit(data);
        var ensemble = model.Model.SubModel.TrainedTreeEnsemble;
        var trees = new List<SpinCombiner.Tree> { new(1, [], [], [], [], [ensemble.Bias]) };
        for (var t = 0; t < ensemble.Trees.Count; t++)
        {
            var tree = ensemble.Trees[t];
            trees.Add(new SpinCombiner.Tree(
                ensemble.TreeWeights[t],
                [.. tree.NumericalSplitFeatureIndexes],
                [.. tree.NumericalSplitThresholds],
                [.. tree.LeftChild],
                [.. tree.RightChild],
                [.. tree.LeafValues]));
        }

        var calibrator = model.Model.Calibrator;
        var combiner = new SpinCombiner(names, [.. trees], calibrator.Slope, calibrator.Offset);

        // The exported trees must reproduce ML.NET's own probabilities.
        var engine = ml.Model.CreatePredictionEngine<TrainingRow, MlPrediction>(model);
        var worst = 0.0;
        foreach (var row in rows.Where((_, i) => i % 97 == 0))
        {
            worst = Math.Max(worst, Math.Abs(engine.Predict(row).Probability - combiner.Probability(row.Features)));
        }

        if (worst > 1e-4)
        {
            throw new InvalidOperationException($"exported trees disagree with ML.NET by {worst}");
        }

        var importance = ml.BinaryClassification.Evaluate(model.Transform(data));
        Say(string.Create(CultureInfo.InvariantCulture, $"{what}: {ensemble.Trees.Count} trees, training AUC {importance.AreaUnderRocCurve:0.0000}, export checked (max difference {worst:E1})"));
        return combiner;
    }

    private double Calibrate(SpinDetector detector, List<SpunPair> pairs)
    {
        var results = pairs.AsParallel().AsOrdered().WithDegreeOfParallelism(2).Select(p => (Pair: p, Result: detector.Detect(Document.FromPlainText(p.Spun)))).ToList();
        var clean = pairs.AsParallel().AsOrdered().WithDegreeOfParallelism(2).Select(p => (Words: Document.FromPlainText(p.Original).WordCount, Result: detector.Detect(Document.FromPlainText(p.Original)))).ToList();
        var cleanWords = clean.Sum(c => c.Words);

        Say("reliability of the best suggestion on the calibration spins (P(it is the original) vs how often it is):");
        Say("  bin        suggestions  right");
        var bins = new (int Count, int Right)[10];
        foreach (var (pair, result) in results)
        {
            var truths = pair.Substitutions.ToDictionary(s => s.Span, s => s.Originals);
            foreach (var span in result.Spans)
            {
                var (text, probability) = span.Suggestions[0];
                var right = truths.TryGetValue(span.Span, out var originals) && originals.Any(o => string.Equals(o, text, StringComparison.OrdinalIgnoreCase));
                var bin = Math.Min(9, (int)(probability * 10));
                bins[bin] = (bins[bin].Count + 1, bins[bin].Right + (right ? 1 : 0));
            }
        }

        for (var b = 0; b < 10; b++)
        {
            Say(string.Create(CultureInfo.InvariantCulture, $"  {b / 10.0:0.0}-{(b + 1) / 10.0:0.0}  {bins[b].Count,11}  {(bins[b].Count == 0 ? 0 : (double)bins[b].Right / bins[b].Count),5:0.000}"));
        }

        Say("threshold on P(spun): precision, recall, exact top-1, top-3 of detected on the calibration spins; false flags per 1,000 words of the same texts unspun:");
        var chosen = 0.95;
        foreach (var t in new[] { 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95 })
        {
            var m = SpinScorer.Total(results.Select(r => SpinScorer.Score(
                r.Pair.Spun,
                r.Pair.Substitutions,
                [.. r.Result.Spans.Where(s => s.Probability >= t).Select(s => new Evaluation.Prediction(s.Span, [.. s.Suggestions.Select(x => x.Text)]))])));
            var falseFlags = 1000.0 * clean.Sum(c => c.Result.Spans.Count(s => s.Probability >= t)) / cleanWords;
            Say(string.Create(CultureInfo.InvariantCulture, $"  {t:0.00}  precision {m.Precision:0.000}  recall {m.Recall:0.000}  exact-top1 {m.ExactRestoration:0.000}  top3-of-detected {m.Top3AmongDetected:0.000}  flagged {m.Predictions}  clean {falseFlags:0.00}/1000"));
            if (m.Precision >= TargetPrecision && falseFlags <= MaxFalseFlags && t < chosen)
            {
                chosen = t;
            }
        }

        Say(string.Create(CultureInfo.InvariantCulture, $"default threshold: {chosen:0.00} (the lowest with precision >= {TargetPrecision:0.00} and <= {MaxFalseFlags:0.0} false flags per 1,000 clean words)"));
        return chosen;
    }

    private (List<List<string>> Sentences, List<string> Documents, DevSpinner Spinner, List<SpunPair> Pairs) Prepare(SpinResources resources)
    {
        var sentences = HeldOutText.Sentences(heldOutPath, SentencesPerDocument).Take(maxDocuments).ToList();
        var documents = sentences.Select(d => string.Join(' ', d) + "\n").ToList();
        var spinner = new DevSpinner(
            new ThesaurusSpinSynonyms(resources.Lexicon, PairInfo.AnySource),
            tokens => [.. resources.Tagger.Tag(tokens).Select(t => t.ToString().ToUpperInvariant())],
            new SpinOptions(MinRate: MinSpinRate, Seed: Seed, TermRate: TermRate),
            words => resources.Terms.Contains(words));
        var pairs = documents.Select((d, i) => spinner.Spin(d, "heldout-" + i.ToString(CultureInfo.InvariantCulture))).ToList();
        return (sentences, documents, spinner, pairs);
    }

    private void WritePassages(PassageScorer passages)
    {
        using var writer = new StreamWriter(Path.Combine(outDirectory, "passage.txt"), false, new UTF8Encoding(false)) { NewLine = "\n" };
        passages.Write(writer);
    }

    // The calibration fifth only (the trees never saw it), each text spun as often as a training
    // text and its clean passages counted as often, so the two classes weigh the same.
    private PassageScorer TrainPassages(SpinDetector detector, List<string> documents, DevSpinner spinner, List<SpunPair> allPairs)
    {
        var pairs = new List<SpunPair>();
        for (var i = 4; i < documents.Count; i += 5)
        {
            pairs.Add(allPairs[i]);
            for (var round = 1; round < SpinsPerText; round++)
            {
                var again = spinner.Spin(documents[i], "heldout-passages" + round.ToString(CultureInfo.InvariantCulture) + "-" + i.ToString(CultureInfo.InvariantCulture));
                pairs.Add(again with { Original = "" });
            }
        }

        var samples = pairs
            .SelectMany(p => PassageSplitter.Split(p.Spun, PassageWords).Select(t => (Text: t, Spun: true))
                .Concat(p.Original.Length == 0 ? [] : PassageSplitter.Split(p.Original, PassageWords).Select(t => (Text: t, Spun: false))))
            .AsParallel().AsOrdered().WithDegreeOfParallelism(2)
            .Select(s => (Features: detector.Detect(Document.FromPlainText(s.Text)).PassageFeatures.ToArray(), s.Spun))
            .ToList();
        var weighted = samples.SelectMany(s => Enumerable.Repeat(s, s.Spun ? 1 : SpinsPerText)).ToList();
        var weights = LogisticRegression.Fit(weighted.Select(s => s.Features).ToList(), weighted.Select(s => s.Spun).ToList(), l2: 1e-3);
        var fitted = new PassageScorer(weights);
        var cleanSamples = samples.Where(s => !s.Spun).ToList();

        // The classes weigh the same in the fit, but most prose a user checks is not spun: lower the
        // prior (the bias) until at most MaxCleanVerdicts of the clean passages reach the verdict 0.5.
        var cleanLogits = cleanSamples.Select(s => Logit(fitted.Probability(s.Features))).OrderDescending().ToList();
        var allowed = (int)(MaxCleanVerdicts * cleanLogits.Count);
        var shift = allowed < cleanLogits.Count ? Math.Max(0, cleanLogits[allowed] + 1e-6) : 0;
        weights[0] -= shift;
        var scorer = new PassageScorer(weights);
        var spun = samples.Where(s => s.Spun).Select(s => scorer.Probability(s.Features)).ToList();
        var clean = cleanSamples.Select(s => scorer.Probability(s.Features)).ToList();
        Say(string.Create(CultureInfo.InvariantCulture, $"passages of {PassageWords} words: {spun.Count} spun, {clean.Count} clean; AUC {Evaluation.RankingMetrics.Auc(spun, clean):0.000} on the calibration passages (fitted on them); bias lowered by {shift:0.000} so that at most {MaxCleanVerdicts:P0} of clean passages reach 0.5: then {spun.Count(p => p >= 0.5) / (double)spun.Count:P1} of spun and {clean.Count(p => p >= 0.5) / (double)clean.Count:P1} of clean flagged"));
        return scorer;
    }

    private static double Logit(double p) => Math.Log(p / (1 - p));

    private void Say(string line)
    {
        _report.Append(line).Append('\n');
        log.WriteLine(line);
    }

    private sealed class MlPrediction
    {
        public float Probability { get; set; }
    }
}

/// <summary>One candidate's evidence and whether it is the true original.</summary>
internal sealed class TrainingRow
{
    public bool Label { get; set; }

    // Room for the refiner's features; the first pass's rows leave them zero, as the detector does.
    [VectorType(SpinFeatures.RefinerCount)]
    public float[] Features { get; set; } = [];
}
