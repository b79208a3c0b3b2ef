using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

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

    // The same trees for the batch scorer (null where AVX2 is missing or the trees do not fit the
    // layout): one node array in which each node's two children are adjacent, packed as
    // (left child << 8) | feature; a leaf loops to itself and has a NaN threshold and its value.
    private readonly BatchTrees? _batch;

    internal SpinCombiner(string[] features, Tree[] trees, double slope, double offset, double threshold = 0.5)
    {
        Features = features;
        Threshold = threshold;
        _trees = trees;
        _slope = slope;
        _offset = offset;
        (_roots, _feature, _threshold, _left, _right, _leaves) = Flatten(trees);
        _batch = Avx2.IsSupported ? BatchTrees.Build(trees, features.Length) : null;
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

            // Tree lines, nearly all of the file, are read without splitting it into strings.
            var parts = line.StartsWith("tree ", StringComparison.Ordinal) ? ["tree"] : line.Split(' ');
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
                        trees.Add(ParseTree(line));
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

    /// <summary>
    /// The average of models trained alike (other seeds, same features and calibration): every
    /// member's trees, each weighted by one over the number of members, so the score, and with it
    /// the calibrated logit, is the members' mean. Averaging seeds takes out most of what a retrain
    /// alone moves; the cost is the members' trees together.
    /// </summary>
    /// <exception cref="ArgumentException">No members, or members with other features or calibration.</exception>
    internal static SpinCombiner Average(IReadOnlyList<SpinCombiner> members)
    {
        if (members.Count == 0)
        {
            throw new ArgumentException("An average needs at least one model.", nameof(members));
        }

        var first = members[0];
        if (members.Any(m => !m.Features.SequenceEqual(first.Features) || m._slope != first._slope || m._offset != first._offset))
        {
            throw new ArgumentException("Only models with the same features and calibration can be averaged.", nameof(members));
        }

        var trees = members.SelectMany(m => m._trees.Select(t => t with { Weight = t.Weight / members.Count })).ToArray();
        return new SpinCombiner([.. first.Features], trees, first._slope, first._offset, first.Threshold);
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
    public double Probability(ReadOnlySpan<float> features) => Calibrate(Score(features));

    private double Calibrate(double score) => 1 / (1 + Math.Exp((_slope * score) + _offset));

    /// <summary>
    /// Sets each candidate's <see cref="Candidate.Probability"/> from its features: the same values,
    /// bit for bit, as <see cref="Probability"/> one at a time, but eight candidates go down each
    /// tree together (AVX2 gathers), with four trees in flight to hide the loads' latency.
    /// </summary>
    internal void Score(IReadOnlyList<Candidate> candidates)
    {
        if (_batch is null || candidates.Count < 2)
        {
            foreach (var c in candidates)
            {
                c.Probability = Probability(c.Features);
            }

            return;
        }

        Span<double> scores = stackalloc double[BatchTrees.Lanes];
        for (var first = 0; first < candidates.Count; first += BatchTrees.Lanes)
        {
            var count = Math.Min(BatchTrees.Lanes, candidates.Count - first);
            _batch.Score(candidates, first, count, scores);
            for (var j = 0; j < count; j++)
            {
                candidates[first + j].Probability = Calibrate(scores[j]);
            }
        }
    }

    /// <summary>The trees laid out for <see cref="SpinCombiner.Score(IReadOnlyList{Candidate})"/>: children adjacent, leaves self-looping.</summary>
    private sealed unsafe class BatchTrees
    {
        public const int Lanes = 8;
        private const int TreesInFlight = 4;

        private readonly int _features;
        private readonly int[] _roots;
        private readonly int[] _packed;
        private readonly float[] _threshold;
        private readonly double[] _value;

        private BatchTrees(int features, int[] roots, int[] packed, float[] threshold, double[] value)
        {
            _features = features;
            _roots = roots;
            _packed = packed;
            _threshold = threshold;
            _value = value;
        }

        /// <summary>The layout, or null when a tree has a NaN threshold, a feature outside the inputs, or too many nodes.</summary>
        public static BatchTrees? Build(Tree[] trees, int features)
        {
            if (features > 256)
            {
                return null;
            }

            List<int> roots = [], packed = [];
            List<float> threshold = [];
            List<double> value = [];
            var queue = new Queue<(int Node, int Index)>();
            foreach (var tree in trees)
            {
                if (tree.Threshold.Any(float.IsNaN) || tree.Feature.Any(f => f < 0 || f >= features))
                {
                    return null;
                }

                // Breadth first, allocating both children of a node together.
                roots.Add(Allocate());
                queue.Enqueue((tree.Feature.Length == 0 ? ~0 : 0, roots[^1]));
                while (queue.Count > 0)
                {
                    var (node, index) = queue.Dequeue();
                    if (node < 0)
                    {
                        // Always goes "right" (NaN), to index - 1 + 1: itself.
                        packed[index] = (index - 1) << 8;
                        threshold[index] = float.NaN;
                        value[index] = tree.Leaves[~node] * tree.Weight;
                    }
                    else
                    {
                        var left = Allocate();
                        Allocate();
                        packed[index] = (left << 8) | tree.Feature[node];
                        threshold[index] = tree.Threshold[node];
                        queue.Enqueue((tree.Left[node], left));
                        queue.Enqueue((tree.Right[node], left + 1));
                    }
                }

                if (packed.Count >= 1 << 23)
                {
                    return null;
                }
            }

            return new BatchTrees(features, [.. roots], [.. packed], [.. threshold], [.. value]);

            int Allocate()
            {
                packed.Add(0);
                threshold.Add(0);
                value.Add(0);
                return packed.Count - 1;
            }
        }

        /// <summary>Raw scores of candidates [first, first + count), count at most <see cref="Lanes"/>.</summary>
        public void Score(IReadOnlyList<Candidate> candidates, int first, int count, Span<double> scores)
        {
            // Feature-major: the lane-j value of feature f is at f * Lanes + j. Missing lanes repeat the last candidate.
            var x = stackalloc float[_features * Lanes];
            for (var j = 0; j < Lanes; j++)
            {
                var row = candidates[first + Math.Min(j, count - 1)].Features;
                for (var f = 0; f < _features; f++)
                {
                    x[(f * Lanes) + j] = row[f];
                }
            }

            var lane = Vector256.Create(0, 1, 2, 3, 4, 5, 6, 7);
            var low = Vector256<double>.Zero;
            var high = Vector256<double>.Zero;
            var roots = _roots;
            fixed (int* packed = _packed)
            fixed (float* threshold = _threshold)
            fixed (double* value = _value)
            {
                var t = 0;
                for (; t + TreesInFlight <= roots.Length; t += TreesInFlight)
                {
                    var n0 = TopTwoLevels(packed, threshold, x, roots[t]);
                    var n1 = TopTwoLevels(packed, threshold, x, roots[t + 1]);
                    var n2 = TopTwoLevels(packed, threshold, x, roots[t + 2]);
                    var n3 = TopTwoLevels(packed, threshold, x, roots[t + 3]);
                    while (true)
                    {
                        var t0 = Avx2.GatherVector256(threshold, n0, 4);
                        var t1 = Avx2.GatherVector256(threshold, n1, 4);
                        var t2 = Avx2.GatherVector256(threshold, n2, 4);
                        var t3 = Avx2.GatherVector256(threshold, n3, 4);
                        var inside = Avx.CompareOrdered(t0, t0) | Avx.CompareOrdered(t1, t1) | Avx.CompareOrdered(t2, t2) | Avx.CompareOrdered(t3, t3);
                        if (Avx.MoveMask(inside) == 0)
                        {
                            break;
                        }

                        n0 = Step(packed, x, n0, t0, lane);
                        n1 = Step(packed, x, n1, t1, lane);
                        n2 = Step(packed, x, n2, t2, lane);
                        n3 = Step(packed, x, n3, t3, lane);
                    }

                    // Leaves added tree by tree, in the trees' order, as the one-at-a-time sum does.
                    (low, high) = Add(value, n0, low, high);
                    (low, high) = Add(value, n1, low, high);
                    (low, high) = Add(value, n2, low, high);
                    (low, high) = Add(value, n3, low, high);
                }

                for (; t < roots.Length; t++)
                {
                    var node = TopTwoLevels(packed, threshold, x, roots[t]);
                    while (true)
                    {
                        var th = Avx2.GatherVector256(threshold, node, 4);
                        if (Avx.MoveMask(Avx.CompareOrdered(th, th)) == 0)
                        {
                            break;
                        }

                        node = Step(packed, x, node, th, lane);
                    }

                    (low, high) = Add(value, node, low, high);
                }
            }

            for (var j = 0; j < count; j++)
            {
                scores[j] = j < 4 ? low.GetElement(j) : high.GetElement(j - 4);
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static (Vector256<double> Low, Vector256<double> High) Add(double* value, Vector256<int> node, Vector256<double> low, Vector256<double> high) =>
            (low + Avx2.GatherVector256(value, node.GetLower(), 8), high + Avx2.GatherVector256(value, node.GetUpper(), 8));

        /// <summary>One level down: left when the feature is at most the threshold, else (NaN included) right.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector256<int> Step(int* packed, float* x, Vector256<int> node, Vector256<float> threshold, Vector256<int> lane)
        {
            var p = Avx2.GatherVector256(packed, node, 4);
            var feature = Avx2.GatherVector256(x, Avx2.ShiftLeftLogical(p & Vector256.Create(0xFF), 3) + lane, 4);
            var right = Avx.CompareNotLessThanOrEqual(feature, threshold).AsInt32();
            return Avx2.ShiftRightArithmetic(p, 8) - right;
        }

        /// <summary>The root and its two children, the same node for every lane, need no gathers.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector256<int> TopTwoLevels(int* packed, float* threshold, float* x, int root)
        {
            var t = threshold[root];
            if (float.IsNaN(t))
            {
                return Vector256.Create(root);
            }

            var p = packed[root];
            var right = Avx.CompareNotLessThanOrEqual(Avx.LoadVector256(x + ((p & 0xFF) * Lanes)), Vector256.Create(t));
            var left = p >> 8;
            int pl = packed[left], pr = packed[left + 1];
            var t1 = Avx.BlendVariable(Vector256.Create(threshold[left]), Vector256.Create(threshold[left + 1]), right);
            var p1 = Avx.BlendVariable(Vector256.Create(pl).AsSingle(), Vector256.Create(pr).AsSingle(), right).AsInt32();
            var x1 = Avx.BlendVariable(Avx.LoadVector256(x + ((pl & 0xFF) * Lanes)), Avx.LoadVector256(x + ((pr & 0xFF) * Lanes)), right);
            var right1 = Avx.CompareNotLessThanOrEqual(x1, t1).AsInt32();
            return Avx2.ShiftRightArithmetic(p1, 8) - right1;
        }
    }

    private static double Number(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>"tree WEIGHT | feature:threshold:left:right ... | leaf values", read span by span.</summary>
    /// <exception cref="FormatException">The line is not a tree.</exception>
    private static Tree ParseTree(string line)
    {
        var span = line.AsSpan();
        List<int> feature = [], left = [], right = [];
        List<float> threshold = [];
        List<double> leaves = [];
        var weight = 0.0;
        var field = 0;
        var bars = 0;
        foreach (var range in span.Split(' '))
        {
            var token = span[range];
            switch (field++)
            {
                case 0:
                    break; // "tree"
                case 1:
                    weight = double.Parse(token, NumberStyles.Float, CultureInfo.InvariantCulture);
                    break;
                case 2 when token is not "|":
                    throw new FormatException("expected '|' after the tree's weight");
                case 2:
                    bars++;
                    break;
                default:
                    if (token is "|")
                    {
                        bars++;
                    }
                    else if (bars == 1)
                    {
                        Node(token);
                    }
                    else if (bars == 2)
                    {
                        leaves.Add(double.Parse(token, NumberStyles.Float, CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        throw new FormatException("a tree has two '|' separators");
                    }

                    break;
            }
        }

        if (bars != 2)
        {
            throw new FormatException("a tree has two '|' separators");
        }

        return new Tree(weight, [.. feature], [.. threshold], [.. left], [.. right], [.. leaves]);

        void Node(ReadOnlySpan<char> node)
        {
            Span<Range> fields = stackalloc Range[5];
            if (node.Split(fields, ':') != 4)
            {
                throw new FormatException($"a tree node is feature:threshold:left:right, not '{node}'");
            }

            feature.Add(int.Parse(node[fields[0]], CultureInfo.InvariantCulture));
            threshold.Add((float)double.Parse(node[fields[1]], NumberStyles.Float, CultureInfo.InvariantCulture));
            left.Add(int.Parse(node[fields[2]], CultureInfo.InvariantCulture));
            right.Add(int.Parse(node[fields[3]], CultureInfo.InvariantCulture));
        }
    }

    /// <summary>One regression tree: internal nodes go left when the feature is at most the threshold; a negative child ~i is leaf i.</summary>
    internal sealed record Tree(double Weight, int[] Feature, float[] Threshold, int[] Left, int[] Right, double[] Leaves);
}
