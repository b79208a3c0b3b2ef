using System.Globalization;

namespace Proofread.Spin;

/// <summary>
/// The text format of the detector's linear models: "name weight" lines, the bias first, then one
/// line per feature in order. The names are checked at load, so a model never reads features it
/// was not trained on.
/// </summary>
internal static class WeightsFile
{
    /// <summary>Reads the weights of <paramref name="featureNames"/> (bias first).</summary>
    /// <exception cref="InvalidDataException">The file names other features.</exception>
    public static double[] Read(string path, IReadOnlyList<string> featureNames)
    {
        var pairs = File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split(' ')).ToList();
        string[] expected = ["bias", .. featureNames];
        if (pairs.Count != expected.Length || pairs.Where((p, i) => p.Length != 2 || p[0] != expected[i]).Any())
        {
            throw new InvalidDataException($"{path}: expected the weights of {string.Join(", ", expected)}; rebuild it.");
        }

        return [.. pairs.Select(p => double.Parse(p[1], NumberStyles.Float, CultureInfo.InvariantCulture))];
    }

    /// <summary>Writes a one-line comment, then the weights in the format <see cref="Read"/> reads.</summary>
    public static void Write(TextWriter writer, string comment, IReadOnlyList<string> featureNames, IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write($"# {comment}\n");
        string[] names = ["bias", .. featureNames];
        for (var i = 0; i < names.Length; i++)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{names[i]} {weights[i]:R}\n"));
        }
    }

    /// <summary>The bias plus the weighted sum of <paramref name="features"/>.</summary>
    public static double Logit(double[] weights, ReadOnlySpan<double> features)
    {
        var z = weights[0];
        for (var i = 0; i < features.Length; i++)
        {
            z += weights[i + 1] * features[i];
        }

        return z;
    }

    /// <inheritdoc cref="Logit(double[], ReadOnlySpan{double})"/>
    public static double Logit(double[] weights, ReadOnlySpan<float> features)
    {
        var z = weights[0];
        for (var i = 0; i < features.Length; i++)
        {
            z += weights[i + 1] * features[i];
        }

        return z;
    }
}
