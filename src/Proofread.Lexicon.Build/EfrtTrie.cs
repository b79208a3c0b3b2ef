using System.Text.RegularExpressions;

namespace Proofread.Lexicon.Build;

/// <summary>
/// Decodes the "efrt" packed-trie format (npm efrt, used by compromise-wikipedia) without Node.js.
/// The packed text is <c>category¦trie|category¦trie...</c>; a trie is nodes separated by ';'.
/// Leading nodes of the form <c>A:B</c> are symbols (absolute node references); every other node
/// is a run of lower-case fragments, each followed by a reference to a child node (an upper-case
/// base-36 code), by ',' (the fragment ends a word) or by nothing (the last fragment, a word).
/// A node that starts with '!' is itself the end of a word.
/// </summary>
internal static partial class EfrtTrie
{
    [GeneratedRegex("([0-9A-Z]+):([0-9A-Z]+)")]
    private static partial Regex SymbolPattern();

    [GeneratedRegex("([A-Z0-9,]+)")]
    private static partial Regex ReferencePattern();

    /// <summary>Every word of every category of <paramref name="packed"/>, in trie order, without duplicates.</summary>
    public static IReadOnlyList<string> Unpack(string packed)
    {
        var words = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var section in packed.Split('|'))
        {
            var bar = section.IndexOf('¦', StringComparison.Ordinal);
            foreach (var word in UnpackTrie(bar < 0 ? section : section[(bar + 1)..]))
            {
                if (seen.Add(word))
                {
                    words.Add(word);
                }
            }
        }

        return words;
    }

    private static List<string> UnpackTrie(string trie)
    {
        var nodes = trie.Split(';');
        var symbols = new Dictionary<int, int>();
        var symbolCount = 0;
        if (trie.Contains(':', StringComparison.Ordinal))
        {
            // Symbols lead the node list; the first node that is not one ends them.
            while (symbolCount < nodes.Length)
            {
                var m = SymbolPattern().Match(nodes[symbolCount]);
                if (!m.Success)
                {
                    break;
                }

                symbols[FromAlphaCode(m.Groups[1].Value)] = FromAlphaCode(m.Groups[2].Value);
                symbolCount++;
            }

            nodes = nodes[symbolCount..];
        }

        var result = new List<string>();
        Crawl(0, string.Empty);
        return result;

        // Depth-first as efrt does; the depth is bounded by the longest word's fragment count.
        void Crawl(int index, string prefix)
        {
            var node = nodes[index];
            if (node.StartsWith('!'))
            {
                result.Add(prefix);
                node = node[1..];
            }

            var parts = ReferencePattern().Split(node);
            for (var i = 0; i < parts.Length; i += 2)
            {
                var fragment = parts[i];
                var reference = i + 1 < parts.Length ? parts[i + 1] : null;
                if (fragment.Length == 0)
                {
                    continue;
                }

                var have = prefix + fragment;
                if (reference is null or ",")
                {
                    result.Add(have);
                    continue;
                }

                var code = FromAlphaCode(reference);
                Crawl(code < symbolCount ? symbols[code] : index + code + 1 - symbolCount, have);
            }
        }
    }

    /// <summary>efrt's base-36 codes: 0-9A-Z, then 00, 01, ... (each length starts where the shorter ones end).</summary>
    internal static int FromAlphaCode(string s)
    {
        var n = 0;
        var range = 36;
        for (var places = 1; places < s.Length; places++, range *= 36)
        {
            n += range;
        }

        var pow = 1;
        for (var i = s.Length - 1; i >= 0; i--, pow *= 36)
        {
            var d = s[i] - '0';
            if (d > 10)
            {
                d -= 7;
            }

            n += d * pow;
        }

        return n;
    }
}
