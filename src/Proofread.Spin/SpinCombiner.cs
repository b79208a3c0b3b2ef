using System.Globalization;

namespace Proofread.Spin;

/// <summary>
/// The learned combiner: a boosted regression-tree ensemble (trained with ML.NET FastTree by
/// src/Proofread.Spin.Build) with Platt calibration, read from a small text file so the tool
/// needs no ML runtime. Maps a candidate's evidence to P(spun and this is the original).
/// </summary>
public sealed class SpinCombiner
{
    private readonly Tree[] _trees;
    private readonly double _slope;
    private readonly double _offset;

    // The trees flattened into shared arrays, for speed: the combiner runs for every candidate.
    // Node children are global node indices; a negative child ~k is global leaf k. Leaves hold
    // value x tree weight.
    private readonly int[] _roots;
    private readonly int[] _feature;
    private readonly float[] _threshold;
    private readonly int[] _left;
    private readonly int[] _right;
    private readonly double[] _leaves;

    internal SpinCombiner(string[] features, Tree[] trees, double slope, double offset, double threshold = 0.5)
    {
        Features = features;
        Threshold = threshold;
        _trees = trees;
        _slope = slope;
        _offset = offset;
        (_roots, _feature, _threshold, _left, _right, _leaves) = Flatten(trees);
    }

    private static (int[], int[], float[], int[], int[], double[]) Flatten(Tree[] trees)
    {
        var roots = new int[trees.Length];
        List<int> feature = [], left = [], right = [];
        List<float> threshold = [];
        List<double> leaves = [];
        for (var t = 0; t < trees.Length; t++)
        {
            var tree = trees[t];
            var nodeBase = feature.Count;
            var leafBase = leaves.Count;
            roots[t] = tree.Feature.Length == 0 ? ~leafBase : nodeBase;
            feature.AddRange(tree.Feature);
            threshold.AddRange(tree.Threshold);
            left.AddRange(tree.Left.Select(c => c >= 0 ? c + nodeBase : ~(~c + leafBase)));
            right.AddRange(tree.Right.Select(c => c >= 0 ? c + nodeBase : ~(~c + leafBase)));
            leaves.AddRange(tree.Leaves.Select(v => v * tree.Weight));
        }

        return (roots, [.. feature], [.. threshold], [.. left], [.. right], [.. leaves]);
    }

    /// <summary>The feature names, in input order.</summary>
    public IReadOnlyList<string> Features { get; }

    /// <summary>The reporting threshold on P(spun) chosen with the model, on held-out spins, for precision.</summary>
    public double Threshold { get; }

    /// <summary>A combiner that scores every candidate near zero (to collect training rows).</summary>
    internal static SpinCombiner Untrained { get; } = new(SpinFeatures.Names, [], 0, 30);

    /// <summary>Trees in the ensemble.</summary>
    public int TreeCount => _trees.Length;

    /// <summary>The shipped combiner.</summary>
    public static SpinCombiner LoadDefault() => Load(ProofreadData.Path("spin/combiner.txt"));

    /// <summary>The shipped refiner: the second stage, which also reads the first pass's verdicts around each candidate.</summary>
    public static SpinCombiner LoadDefaultRefiner() => Load(ProofreadData.Path("spin/refiner.txt"), SpinFeatures.RefinerNames);

    /// <summary>Reads a combiner file; its features must be the detector's.</summary>
    /// <exception cref="InvalidDataException">The file is malformed or was trained on other features.</exception>
    public static SpinCombiner Load(string path) => Load(path, SpinFeatures.Names);

    internal static SpinCombiner Load(string path, IReadOnlyList<string> expected)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path, expected);
    }

    internal static SpinCombiner Read(TextReader reader, string name, IReadOnlyList<string>? expected = null)
    {
        expected ??= SpinFeatures.Names;
        string[]? features = null;
        double slope = 0, offset = 0, threshold = 0.5;
        var trees = new List<Tree>();
        var lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split(' ');
            try
            {
                switch (parts[0])
                {
                    case "features":
                        features = parts[1..];
                        break;
                    case "platt":
                        slope = Number(parts[1]);
                        offset = Number(parts[2]);
                        break;
                    case "threshold":
                        threshold = Number(parts[1]);
                        break;
                    case "tree":
                        // tree WEIGHT | feature:threshold:left:right ... | leaf values
                        var weight = Number(parts[1]);
                        var bar = Array.IndexOf(parts, "|", 3);
                        var nodes = parts[3..bar].Select(n => n.Split(':')).ToArray();
                        trees.Add(new Tree(
                            weight,
                            [.. nodes.Select(n => int.Parse(n[0], CultureInfo.InvariantCulture))],
                            [.. nodes.Select(n => (float)Number(n[1]))],
                            [.. nodes.Select(n => int.Parse(n[2], CultureInfo.InvariantCulture))],
                            [.. nodes.Select(n => int.Parse(n[3], CultureInfo.InvariantCulture))],
                            [.. parts[(bar + 1)..].Select(Number)]));
                        break;
                    default:
                        throw new FormatException($"unknown record '{parts[0]}'");
                }
            }
            catch (Exception e) when (e is FormatException or IndexOutOfRangeException or ArgumentException or OverflowException)
            {
                throw new InvalidDataException($"{name}:{lineNumber}: {e.Message}", e);
            }
        }

        if (features is null || !features.SequenceEqual(expected))
        {
            throw new InvalidDataException($"{name}: the combiner was trained on other features than this detector computes; rebuild it.");
        }

        return new SpinCombiner(features, [.. trees], slope, offset, threshold);
    }

    /// <summary>Writes the combiner in the format <see cref="Load(string)"/> reads.</summary>
    internal void Write(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write("# Proofread spin combiner: boosted trees + Platt calibration. Rebuilt by src/Proofread.Spin.Build.\n");
        writer.Write($"features {string.Join(' ', Features)}\n");
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"platt {_slope:R} {_offset:R}\n"));
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"threshold {Threshold:R}\n"));
        foreach (var t in _trees)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"tree {t.Weight:R} |"));
            for (var n = 0; n < t.Feature.Length; n++)
            {
                writer.Write(string.Create(CultureInfo.InvariantCulture, $" {t.Feature[n]}:{t.Threshold[n]:R}:{t.Left[n]}:{t.Right[n]}"));
            }

            writer.Write(" |");
            foreach (var v in t.Leaves)
            {
                writer.Write(string.Create(CultureInfo.InvariantCulture, $" {v:R}"));
            }

            writer.Write('\n');
        }
    }

    /// <summary>The same model with another reporting threshold.</summary>
    internal SpinCombiner WithThreshold(double threshold) => new([.. Features], _trees, _slope, _offset, threshold);

    /// <summary>The ensemble's raw score.</summary>
    public double Score(ReadOnlySpan<float> features)
    {
        if (features.Length < SpinFeatures.Count)
        {
            throw new ArgumentException($"Expected {SpinFeatures.Count} features.", nameof(features));
        }

        var sum = 0.0;
        var feature = _feature;
        var threshold = _threshold;
        var left = _left;
        var right = _right;
        foreach (var root in _roots)
        {
            var node = root;
            while (node >= 0)
            {
                node = features[feature[node]] <= threshold[node] ? left[node] : right[node];
            }

            sum += _leaves[~node];
        }

        return sum;
    }

    /// <summary>The calibrated probability.</summary>
    public double Probability(ReadOnlySpan<float> features) => 1 / (1 + Math.Exp((_slope * Score(features)) + _offset));

    private static double Number(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>One regression tree: internal nodes go left when the feature is at most the threshold; a negative child ~i is leaf i.</summary>
    internal sealed record Tree(double Weight, int[] Feature, float[] Threshold, int[] Left, int[] Right, double[] Leaves);
}
