using System.Collections.Immutable;
using Proofread.Text;

namespace Proofread.Evaluation;

/// <summary>One spun text with its true substitutions.</summary>
public sealed record SpunSample(string Name, string Spun, ImmutableArray<Substitution> Truths);

/// <summary>Loads evaluation material from disk.</summary>
public static class EvalCorpus
{
    /// <summary>
    /// Reads a folder of pairs: <c>NAME.spun.txt</c> with either <c>NAME.orig.txt</c> (aligned
    /// automatically) or <c>NAME.truth.tsv</c> (see <see cref="TruthFile"/>).
    /// </summary>
    public static ImmutableArray<SpunSample> LoadPairs(string directory)
    {
        var samples = ImmutableArray.CreateBuilder<SpunSample>();
        foreach (var spunPath in Directory.EnumerateFiles(directory, "*.spun.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(spunPath)[..^".spun.txt".Length];
            var spun = File.ReadAllText(spunPath);
            var truthPath = Path.Combine(directory, name + ".truth.tsv");
            var origPath = Path.Combine(directory, name + ".orig.txt");
            if (File.Exists(truthPath))
            {
                samples.Add(new SpunSample(name, spun, TruthFile.Parse(File.ReadAllText(truthPath), spun, truthPath)));
            }
            else if (File.Exists(origPath))
            {
                samples.Add(new SpunSample(name, spun, PairAligner.Align(spun, File.ReadAllText(origPath))));
            }
            else
            {
                throw new FileNotFoundException($"{spunPath}: no {name}.orig.txt or {name}.truth.tsv beside it", origPath);
            }
        }

        return samples.ToImmutable();
    }

    /// <summary>The sentence frames tortured phrases are placed in; neutral on purpose.</summary>
    public static ImmutableArray<string> NeutralFrames { get; } =
    [
        "In this work we discuss {0} and its uses.",
        "The results show that {0} matters in practice.",
        "Recent studies have focused on {0} in several settings.",
    ];

    /// <summary>
    /// Reads a tortured-phrase list (<c>tortured&lt;TAB&gt;expected|alternatives&lt;TAB&gt;source</c>)
    /// and places each phrase in a neutral sentence, cycling through <see cref="NeutralFrames"/>.
    /// </summary>
    public static ImmutableArray<SpunSample> LoadTorturedPhrases(string path)
    {
        var samples = ImmutableArray.CreateBuilder<SpunSample>();
        var index = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length < 2 || fields[0].Length == 0 || fields[1].Length == 0)
            {
                continue;
            }

            var frame = NeutralFrames[index % NeutralFrames.Length];
            var at = frame.IndexOf("{0}", StringComparison.Ordinal);
            var text = frame.Replace("{0}", fields[0], StringComparison.Ordinal);
            var truth = new Substitution(new TextSpan(at, fields[0].Length), fields[0], [.. fields[1].Split('|').Select(s => s.Trim())]);
            samples.Add(new SpunSample($"tortured-{index + 1}", text, [truth]));
            index++;
        }

        return samples.ToImmutable();
    }
}
