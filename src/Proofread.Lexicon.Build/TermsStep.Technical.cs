using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Proofread.Lexicon.Hunspell;
using Proofread.Lexicon.Terms;

namespace Proofread.Lexicon.Build;

/// <summary>
/// The technical sources of the term index, from Debian packages: V.E.R.A. acronym expansions
/// (dict-vera) and FOLDOC headwords (dict-foldoc), both GFDL. (Ding's German–English dictionary
/// would add ~57,000 science nouns, but it is GPL, which cannot be merged with GFDL data into one
/// file.) Each keeps only plain terms: 2–4 words of letters (inner
/// hyphens allowed), every word a lower-case English word by Hunspell (en_US or en_GB), so names,
/// brands, coinages and German words drop out, and no leading article.
/// </summary>
internal static partial class TermsStep
{
    private const int MaxTechnicalWords = 4;

    // Leading words that make a phrase or a title rather than a term ("a programming language", "the public good").
    private static readonly HashSet<string> LeadingFunctionWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "to", "of", "in", "on", "at", "by", "for", "from", "with", "into", "as", "and", "or",
        "not", "no", "be", "is", "are", "it", "its", "his", "her", "their", "one's", "sb", "sth",
    };

    // Numbered models and versions ("apple ii") are names.
    private static readonly HashSet<string> RomanNumerals = new(StringComparer.Ordinal) { "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii" };

    // FOLDOC categories of names: companies, people, bodies, programming languages, products.
    private static readonly HashSet<string> FoldocNameCategories = new(StringComparer.Ordinal)
    {
        "company", "person", "body", "language", "product", "publication", "project", "legal",
    };

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>Adds the technical terms; returns (V.E.R.A., FOLDOC) kept counts.</summary>
    private static (int Vera, int Foldoc) AddTechnical(TermIndex.Builder builder, string sources, string output, ref int skipped)
    {
        var hunspell = Path.Combine(output, "hunspell");
        var forms = Path.Combine(hunspell, "en.forms");
        WordList[] english =
        [
            WordList.CreateFromCompiledFiles(Path.Combine(hunspell, "en_US.aff"), forms, "en_US"),
            WordList.CreateFromCompiledFiles(Path.Combine(hunspell, "en_GB.aff"), forms, "en_GB"),
        ];
        var known = new Dictionary<string, bool>(StringComparer.Ordinal);
        bool Plain(string word) =>
            known.TryGetValue(word, out var ok) ? ok : known[word] = english.Any(list => list.Check(word));

        var counts = new int[2];
        var lists = new[] { VeraTerms(sources), FoldocTerms(sources) };
        var bits = new[] { TermSources.Vera, TermSources.Foldoc };
        for (var k = 0; k < lists.Length; k++)
        {
            var kept = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var raw in lists[k])
            {
                var term = PlainTerm(raw, Plain);
                if (term is null || !kept.Add(term))
                {
                    skipped += term is null ? 1 : 0;
                }
            }

            foreach (var term in kept)
            {
                if (builder.AddFree(term, bits[k]))
                {
                    counts[k]++;
                }
                else
                {
                    skipped++;
                }
            }
        }

        return (counts[0], counts[1]);
    }

    /// <summary>
    /// The lower-case term, or null unless it is 2–4 words of letters and inner hyphens, each part
    /// a lower-case English word of two letters or more ("slot a", "vitamin c" are labels, not wordings).
    /// </summary>
    private static string? PlainTerm(string raw, Func<string, bool> plain)
    {
        var text = Spaces().Replace(raw, " ").Trim().ToLowerInvariant();
        var words = text.Split(' ');
        if (words.Length is < TermIndex.MinWords or > MaxTechnicalWords || LeadingFunctionWords.Contains(words[0])
            || words.Any(RomanNumerals.Contains))
        {
            return null;
        }

        foreach (var word in words)
        {
            foreach (var part in word.Split('-'))
            {
                if (part.Length < 2 || !part.All(c => c is >= 'a' and <= 'z') || !plain(part))
                {
                    return null;
                }
            }
        }

        return text;
    }

    /// <summary>V.E.R.A.: each entry's expansion (its first line after the acronym), less its notes; organisations are left out.</summary>
    private static IEnumerable<string> VeraTerms(string sources)
    {
        foreach (var (_, body) in DictdEntries(Path.Combine(Artifact.Package(sources, "dict-vera"), "usr", "share", "dictd"), "vera"))
        {
            var lines = body.Split('\n');
            if (lines.Length < 2)
            {
                continue;
            }

            // "Address Resolution Protocol (TCP/IP, RFC 826), \"ARP\"": notes in parentheses, aliases in quotes.
            var expansion = lines[1].Trim();
            var cut = expansion.IndexOfAny(['(', '"']);
            expansion = (cut >= 0 ? expansion[..cut] : expansion).TrimEnd(' ', ',');

            // Organisations ("org.") and vendors' products ("Adobe Illustrator (Adobe)": a note names
            // a word of the expansion) are names.
            var rest = string.Join(' ', lines[1..]);
            var open = rest.IndexOf('(', StringComparison.Ordinal);
            var close = open < 0 ? -1 : rest.IndexOf(')', open);
            var notes = open < 0 ? [] : rest[(open + 1)..(close > open ? close : rest.Length)].Split(',', StringSplitOptions.TrimEntries);
            var words = expansion.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (notes.Any(n => n == "org." || words.Contains(n, StringComparer.OrdinalIgnoreCase)))
            {
                continue;
            }

            yield return expansion;
        }
    }

    /// <summary>FOLDOC: multi-word headwords as the entry writes them, less the categories of names.</summary>
    private static IEnumerable<string> FoldocTerms(string sources)
    {
        foreach (var (headword, body) in DictdEntries(Path.Combine(Artifact.Package(sources, "dict-foldoc"), "usr", "share", "dictd"), "foldoc"))
        {
            if (!headword.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            var open = body.IndexOf('<', StringComparison.Ordinal);
            var close = open < 0 ? -1 : body.IndexOf('>', open);
            if (close > open && body[(open + 1)..close].Split(',').Any(c => FoldocNameCategories.Contains(c.Trim())))
            {
                continue;
            }

            yield return body.Split('\n', 2)[0];
        }
    }

    /// <summary>A dictd database's entries (headword of the index, text of the entry), in index order.</summary>
    private static IEnumerable<(string Headword, string Body)> DictdEntries(string folder, string name)
    {
        // .dict.dz is dictzip: a gzip file (with an extra header field) that GZipStream reads whole.
        byte[] data;
        using (var file = File.OpenRead(Path.Combine(folder, name + ".dict.dz")))
        using (var gzip = new GZipStream(file, CompressionMode.Decompress))
        using (var buffer = new MemoryStream())
        {
            gzip.CopyTo(buffer);
            data = buffer.ToArray();
        }

        foreach (var line in File.ReadLines(Path.Combine(folder, name + ".index"), Encoding.UTF8))
        {
            var f = line.Split('\t');
            if (f.Length < 3 || f[0].StartsWith("00database", StringComparison.Ordinal))
            {
                continue;
            }

            var offset = DictdNumber(f[1]);
            var length = DictdNumber(f[2]);
            yield return (f[0], Encoding.UTF8.GetString(data, offset, length).Replace("\r", string.Empty, StringComparison.Ordinal));
        }
    }

    /// <summary>dictd's index numbers: base 64 over A–Z a–z 0–9 + /, most significant digit first.</summary>
    private static int DictdNumber(string digits)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        var value = 0;
        foreach (var c in digits)
        {
            value = (value * 64) + Alphabet.IndexOf(c, StringComparison.Ordinal);
        }

        return value;
    }
}
