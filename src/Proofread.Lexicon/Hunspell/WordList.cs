using System.Runtime.CompilerServices;
using System.Text;

namespace Proofread.Lexicon.Hunspell;

/// <summary>
/// A Hunspell-format dictionary (.aff + .dic), expanded at load into the set of word forms it
/// accepts, so that <see cref="Check"/> is a hash look-up plus Hunspell's case, break and
/// compound rules. The API follows WeCantSpell.Hunspell's so either can stand in for the other.
/// Immutable and thread-safe once created.
/// </summary>
public sealed partial class WordList
{
    private const int MaxBreakDepth = 10;

    private readonly AffixData _aff;
    private readonly FormTable _forms;
    private readonly Dictionary<string, int[]> _compoundPieces;
    private readonly int _compoundMaxPiece;
    private readonly Lazy<WordFrequencies?> _frequencies;

    private WordList(AffixData aff, FormTable forms, Lazy<WordFrequencies?> frequencies)
    {
        _aff = aff;
        _forms = forms;
        var compoundPieces = forms.CompoundPieces;
        _compoundPieces = compoundPieces;
        foreach (var piece in compoundPieces.Keys)
        {
            _compoundMaxPiece = Math.Max(_compoundMaxPiece, piece.Length);
        }
        _frequencies = frequencies;
        _suggestIndex = new Lazy<SuggestIndex>(BuildSuggestIndex, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>How many distinct word forms the dictionary accepts or forbids after affix expansion.</summary>
    public int FormCount => _forms.Count;

    /// <summary>Characters that count as part of a word besides letters (WORDCHARS).</summary>
    public string WordChars => _aff.WordChars;

    /// <summary>Loads a dictionary from its .aff and .dic files.</summary>
    public static WordList CreateFromFiles(string affPath, string dicPath, WordFrequencies? frequencies = null)
    {
        using var aff = File.OpenRead(affPath);
        using var dic = File.OpenRead(dicPath);
        return CreateFromStreams(aff, dic, frequencies);
    }

    /// <summary>Loads a dictionary from .aff and .dic streams (left open).</summary>
    // Load paths run once per process: compile them fully at once instead of through tier 0.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static WordList CreateFromStreams(Stream affStream, Stream dicStream, WordFrequencies? frequencies = null)
    {
        var aff = AffixData.Parse(affStream);
        var builder = new Expander(aff);
        using var reader = new StreamReader(dicStream, aff.Encoding, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        var first = true;
        while (reader.ReadLine() is { } line)
        {
            if (first)
            {
                first = false;
                if (line.TrimStart('\uFEFF').Trim().All(char.IsAsciiDigit))
                {
                    continue; // the approximate word count
                }
            }

            builder.AddDicLine(line);
        }

        return new WordList(aff, FormTable.Create(builder.Forms, builder.CompoundPieces), new Lazy<WordFrequencies?>(frequencies));
    }

    /// <summary>
    /// Loads a dictionary from its .aff file and the compiled word forms that <see cref="WriteCompiled(Stream)"/>
    /// wrote from the same .aff and its .dic: the file is memory-mapped (once per process) and used
    /// in place, with no affix expansion and nothing decoded. Check and Suggest give the same
    /// answers as with <see cref="CreateFromFiles"/>. Takes the file's first dictionary.
    /// </summary>
    /// <param name="affPath">The .aff file (settings, REP, BREAK, compound rules).</param>
    /// <param name="compiledPath">The compiled forms (dictionaries/hunspell/en.forms).</param>
    /// <param name="frequencies">Word counts for ranking suggestions, asked for on the first suggestion only.</param>
    public static WordList CreateFromCompiledFiles(string affPath, string compiledPath, Func<WordFrequencies?>? frequencies = null) =>
        CreateFromCompiledFiles(affPath, compiledPath, dictionaryName: null, frequencies);

    /// <summary>
    /// Loads dictionary <paramref name="dictionaryName"/> (e.g. "en_GB") of a compiled file that
    /// holds several (<see cref="WriteCompiled(Stream, IReadOnlyList{ValueTuple{string, WordList}})"/>);
    /// null takes the first. Dictionaries of one file share its mapping.
    /// </summary>
    /// <exception cref="InvalidDataException">The file is not a compiled word list, or lacks the dictionary.</exception>
    public static WordList CreateFromCompiledFiles(string affPath, string compiledPath, string? dictionaryName, Func<WordFrequencies?>? frequencies = null)
    {
        ArgumentNullException.ThrowIfNull(compiledPath);
        using var aff = File.OpenRead(affPath);
        return new WordList(AffixData.Parse(aff), FormTable.Open(compiledPath, dictionaryName), LazyFrequencies(frequencies));
    }

    /// <summary>Loads a dictionary from an .aff stream and a compiled-forms stream (both left open; the forms are copied).</summary>
    /// <exception cref="InvalidDataException">The compiled stream is not a compiled word list.</exception>
    public static WordList CreateFromCompiled(Stream affStream, Stream compiledStream, Func<WordFrequencies?>? frequencies = null) =>
        CreateFromCompiled(affStream, compiledStream, dictionaryName: null, frequencies);

    /// <summary>Loads dictionary <paramref name="dictionaryName"/> (null: the first) from an .aff stream and a compiled-forms stream.</summary>
    /// <exception cref="InvalidDataException">The compiled stream is not a compiled word list, or lacks the dictionary.</exception>
    public static WordList CreateFromCompiled(Stream affStream, Stream compiledStream, string? dictionaryName, Func<WordFrequencies?>? frequencies = null)
    {
        ArgumentNullException.ThrowIfNull(compiledStream);
        var aff = AffixData.Parse(affStream);
        return new WordList(aff, FormTable.Read(compiledStream, dictionaryName), LazyFrequencies(frequencies));
    }

    private static Lazy<WordFrequencies?> LazyFrequencies(Func<WordFrequencies?>? frequencies) =>
        new(frequencies ?? (() => null), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Writes the expanded word forms (flat, uncompressed, deterministic: same .aff/.dic in, same
    /// bytes out), for <see cref="CreateFromCompiled(Stream, Stream, Func{WordFrequencies?}?)"/>.
    /// </summary>
    public void WriteCompiled(Stream stream) => WriteCompiled(stream, [(string.Empty, this)]);

    /// <summary>
    /// Writes several dictionaries into one compiled file, each under its name (ASCII, at most 16
    /// characters): forms they share are stored once. Deterministic.
    /// </summary>
    public static void WriteCompiled(Stream stream, IReadOnlyList<(string Name, WordList Words)> dictionaries)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(dictionaries);
        var columns = new List<(string, IReadOnlyDictionary<string, WordFlags>, IReadOnlyDictionary<string, int[]>)>(dictionaries.Count);
        foreach (var (name, words) in dictionaries)
        {
            columns.Add((name, words._forms.ToDictionary(), words._compoundPieces));
        }

        FormTable.Write(stream, columns);
    }

    /// <summary>Whether <paramref name="word"/> is spelt correctly, by Hunspell's rules.</summary>
    public bool Check(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = Convert(word.Trim(), _aff.InputConversions);
        if (w.Length == 0)
        {
            return false;
        }

        return Spell(w, 0);
    }

    private bool Spell(string word, int depth)
    {
        var dots = 0;
        while (dots < word.Length && word[word.Length - 1 - dots] == '.')
        {
            dots++;
        }

        var w = dots > 0 ? word[..^dots] : word;
        if (w.Length == 0)
        {
            return true;
        }

        if (IsNumber(w))
        {
            return true;
        }

        var verdict = CheckCased(w);
        if (verdict == Verdict.Found)
        {
            return true;
        }

        if (verdict != Verdict.Forbidden && dots > 0 && CheckCased(w + ".") == Verdict.Found)
        {
            return true;
        }

        if (verdict == Verdict.Forbidden || depth >= MaxBreakDepth)
        {
            return false;
        }

        return SpellBroken(w, depth);
    }

    // Hunspell's BREAK handling: "^-" and "-$" boundary patterns, then splits at inner break points.
    private bool SpellBroken(string w, int depth)
    {
        foreach (var pattern in _aff.Breaks)
        {
            var plen = pattern.Length;
            if (plen == 1 || plen > w.Length)
            {
                continue;
            }

            if (pattern[0] == '^' && w.AsSpan().StartsWith(pattern.AsSpan(1)) && Spell(w[(plen - 1)..], depth + 1))
            {
                return true;
            }

            if (pattern[^1] == '$' && w.AsSpan().EndsWith(pattern.AsSpan(0, plen - 1)) && Spell(w[..(w.Length - plen + 1)], depth + 1))
            {
                return true;
            }
        }

        foreach (var pattern in _aff.Breaks)
        {
            if (pattern.Length == 0 || pattern[0] == '^' || pattern[^1] == '$')
            {
                continue;
            }

            var found = w.IndexOf(pattern, StringComparison.Ordinal);
            if (found <= 0 || found >= w.Length - pattern.Length)
            {
                continue;
            }

            var found2 = w.IndexOf(pattern, found + 1, StringComparison.Ordinal);
            if (found2 > 0 && found2 < w.Length - pattern.Length
                && Spell(w[(found2 + pattern.Length)..], depth + 1) && Spell(w[..found2], depth + 1))
            {
                return true;
            }

            if (Spell(w[(found + pattern.Length)..], depth + 1) && Spell(w[..found], depth + 1))
            {
                return true;
            }
        }

        return false;
    }

    private enum Verdict
    {
        Missing,
        Found,
        Forbidden,
    }

    private Verdict CheckCased(string w)
    {
        switch (CaseOf(w))
        {
            case CapType.AllCap:
                {
                    var exact = Lookup(w, allCapsInput: true);
                    if (exact != Verdict.Missing)
                    {
                        return exact;
                    }

                    var lower = w.ToLowerInvariant();
                    var init = ToInitCap(lower);
                    var v = LookupChangedCase(init, allCapsInput: true);
                    return v != Verdict.Missing ? v : LookupChangedCase(lower, allCapsInput: true);
                }

            case CapType.InitCap:
                {
                    var exact = Lookup(w, allCapsInput: false);
                    return exact != Verdict.Missing ? exact : LookupChangedCase(w.ToLowerInvariant(), allCapsInput: false);
                }

            default:
                return Lookup(w, allCapsInput: false);
        }
    }

    private Verdict Lookup(string w, bool allCapsInput)
    {
        if (_forms.TryGetValue(w.AsSpan(), out var flags))
        {
            if ((flags & WordFlags.Forbidden) != 0)
            {
                return Verdict.Forbidden;
            }

            if ((flags & WordFlags.Accepted) != 0 || (allCapsInput && (flags & WordFlags.OnlyUpcase) != 0))
            {
                return Verdict.Found;
            }
        }

        return CheckCompoundRules(w) ? Verdict.Found : Verdict.Missing;
    }

    private Verdict LookupChangedCase(string w, bool allCapsInput)
    {
        if (_forms.TryGetValue(w.AsSpan(), out var flags))
        {
            if ((flags & WordFlags.Forbidden) != 0)
            {
                return Verdict.Forbidden;
            }

            if ((flags & WordFlags.KeepCase) == 0
                && ((flags & WordFlags.Accepted) != 0 || (allCapsInput && (flags & WordFlags.OnlyUpcase) != 0)))
            {
                return Verdict.Found;
            }
        }

        return CheckCompoundRules(w) ? Verdict.Found : Verdict.Missing;
    }

    /// <summary>Hunspell's number rule: digits with single '.', ',' or '-' separators between them.</summary>
    private static bool IsNumber(string w)
    {
        var state = 0; // 0 begin, 1 digit, 2 separator
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            if (c is >= '0' and <= '9')
            {
                state = 1;
            }
            else if (c is ',' or '.' or '-')
            {
                if (state == 2 || i == 0)
                {
                    return false;
                }

                state = 2;
            }
            else
            {
                return false;
            }
        }

        return state == 1;
    }

    private bool CheckCompoundRules(string w)
    {
        if (_aff.CompoundRules.Count == 0 || w.Length < 2 * _aff.CompoundMin)
        {
            return false;
        }

        var pieces = new List<int[]>();
        return SplitCompound(w, 0, pieces);
    }

    private bool SplitCompound(string w, int start, List<int[]> pieces)
    {
        if (start == w.Length)
        {
            return pieces.Count >= 2 && _aff.CompoundRules.Any(rule => MatchRule(rule, 0, pieces, 0));
        }

        var maxLen = Math.Min(_compoundMaxPiece, w.Length - start);
        for (var len = _aff.CompoundMin; len <= maxLen; len++)
        {
            if (_compoundPieces.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(w.AsSpan(start, len), out var flags))
            {
                pieces.Add(flags);
                if (SplitCompound(w, start + len, pieces))
                {
                    return true;
                }

                pieces.RemoveAt(pieces.Count - 1);
            }
        }

        return false;
    }

    private static bool MatchRule(CompoundRuleItem[] rule, int r, List<int[]> pieces, int p)
    {
        if (r == rule.Length)
        {
            return p == pieces.Count;
        }

        var (flag, quantifier) = rule[r];
        switch (quantifier)
        {
            case '*':
                if (MatchRule(rule, r + 1, pieces, p))
                {
                    return true;
                }

                for (var q = p; q < pieces.Count && pieces[q].Contains(flag); q++)
                {
                    if (MatchRule(rule, r + 1, pieces, q + 1))
                    {
                        return true;
                    }
                }

                return false;
            case '?':
                return MatchRule(rule, r + 1, pieces, p)
                    || (p < pieces.Count && pieces[p].Contains(flag) && MatchRule(rule, r + 1, pieces, p + 1));
            default:
                return p < pieces.Count && pieces[p].Contains(flag) && MatchRule(rule, r + 1, pieces, p + 1);
        }
    }

    internal enum CapType
    {
        NoCap,
        InitCap,
        AllCap,
        HuhCap,
        HuhInitCap,
    }

    internal static CapType CaseOf(string w)
    {
        int upper = 0, lower = 0;
        foreach (var c in w)
        {
            if (char.IsUpper(c))
            {
                upper++;
            }
            else if (char.IsLower(c))
            {
                lower++;
            }
        }

        if (upper == 0)
        {
            return CapType.NoCap;
        }

        var firstUpper = w.Length > 0 && char.IsUpper(w[0]);
        if (lower == 0)
        {
            return CapType.AllCap;
        }

        if (upper == 1 && firstUpper)
        {
            return CapType.InitCap;
        }

        return firstUpper ? CapType.HuhInitCap : CapType.HuhCap;
    }

    internal static string ToInitCap(string w) =>
        w.Length == 0 ? w : string.Concat(char.ToUpperInvariant(w[0]).ToString(), w.AsSpan(1));

    private static string Convert(string w, List<(string From, string To)> table)
    {
        if (table.Count == 0)
        {
            return w;
        }

        StringBuilder? sb = null;
        for (var i = 0; i < w.Length;)
        {
            var matched = false;
            foreach (var (from, to) in table)
            {
                if (from.Length > 0 && string.CompareOrdinal(w, i, from, 0, from.Length) == 0)
                {
                    sb ??= new StringBuilder(w, 0, i, w.Length);
                    sb.Append(to);
                    i += from.Length;
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                sb?.Append(w[i]);
                i++;
            }
        }

        return sb?.ToString() ?? w;
    }

    /// <summary>Properties of one expanded word form.</summary>
    [Flags]
    internal enum WordFlags : byte
    {
        None = 0,
        Accepted = 1,
        Forbidden = 2,
        KeepCase = 4,
        NoSuggest = 8,
        OnlyUpcase = 16,
    }

    /// <summary>Expands .dic stems with their affixes into word forms.</summary>
    private sealed class Expander(AffixData aff)
    {
        private readonly HashSet<int> _compoundFlags = [.. aff.CompoundRules.SelectMany(r => r.Select(i => i.Flag))];

        public Dictionary<string, WordFlags> Forms { get; } = new(200_000, StringComparer.Ordinal);

        public Dictionary<string, int[]> CompoundPieces { get; } = new(StringComparer.Ordinal);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void AddDicLine(string line)
        {
            line = line.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '\t')
            {
                return;
            }

            // The word ends at an unescaped slash; morphological fields follow a tab.
            var tab = line.IndexOf('\t');
            if (tab >= 0)
            {
                line = line[..tab];
            }

            string word;
            int[] flags;
            var slash = FindSlash(line);
            if (slash >= 0)
            {
                word = line[..slash].Replace("\\/", "/", StringComparison.Ordinal);
                var flagText = line[(slash + 1)..];
                var space = flagText.IndexOf(' ');
                flags = aff.ParseFlags(space >= 0 ? flagText[..space] : flagText);
            }
            else
            {
                var space = line.IndexOf(' ');
                word = (space > 0 ? line[..space] : line).Replace("\\/", "/", StringComparison.Ordinal);
                flags = [];
            }

            word = word.Trim();
            if (word.Length == 0)
            {
                return;
            }

            AddStem(word, flags);
        }

        private static int FindSlash(string line)
        {
            for (var i = 1; i < line.Length; i++)
            {
                if (line[i] == '/' && line[i - 1] != '\\')
                {
                    return i;
                }
            }

            return -1;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void AddStem(string word, int[] flags)
        {
            var forbidden = Has(flags, aff.ForbiddenWord);
            var extra = WordFlags.None;
            if (Has(flags, aff.KeepCase))
            {
                extra |= WordFlags.KeepCase;
            }

            if (Has(flags, aff.NoSuggest))
            {
                extra |= WordFlags.NoSuggest;
            }

            if (flags.Any(_compoundFlags.Contains))
            {
                CompoundPieces[word] = CompoundPieces.TryGetValue(word, out var old) ? [.. old.Union(flags)] : flags;
            }

            var hidden = !forbidden && (WordList.CaseOf(word) is CapType.HuhCap or CapType.HuhInitCap
                || (WordList.CaseOf(word) == CapType.AllCap && flags.Length > 0));
            var produced = new List<string>();
            if (!Has(flags, aff.NeedAffix) && !Has(flags, aff.OnlyInCompound))
            {
                produced.Add(word);
            }
            else if (forbidden)
            {
                produced.Add(word);
            }

            foreach (var flag in flags)
            {
                if (!aff.Suffixes.TryGetValue(flag, out var suffixes))
                {
                    continue;
                }

                foreach (var sfx in suffixes)
                {
                    if (!sfx.Applies(word))
                    {
                        continue;
                    }

                    var form = sfx.Apply(word);
                    if (!Has(sfx.ContinuationFlags, aff.NeedAffix))
                    {
                        produced.Add(form);
                    }

                    // Two-level suffixes: the continuation flags of a suffix may name more suffixes.
                    foreach (var cont in sfx.ContinuationFlags)
                    {
                        if (aff.Suffixes.TryGetValue(cont, out var second))
                        {
                            foreach (var sfx2 in second)
                            {
                                if (sfx2.Applies(form))
                                {
                                    produced.Add(sfx2.Apply(form));
                                }
                            }
                        }
                    }

                    if (!sfx.CrossProduct)
                    {
                        continue;
                    }

                    foreach (var pflag in flags)
                    {
                        if (!aff.Prefixes.TryGetValue(pflag, out var prefixes))
                        {
                            continue;
                        }

                        foreach (var pfx in prefixes)
                        {
                            if (pfx.CrossProduct && pfx.Applies(form))
                            {
                                produced.Add(pfx.Apply(form));
                            }
                        }
                    }
                }
            }

            foreach (var flag in flags)
            {
                if (!aff.Prefixes.TryGetValue(flag, out var prefixes))
                {
                    continue;
                }

                foreach (var pfx in prefixes)
                {
                    if (pfx.Applies(word))
                    {
                        produced.Add(pfx.Apply(word));
                    }
                }
            }

            var mark = forbidden ? WordFlags.Forbidden : WordFlags.Accepted | extra;
            foreach (var form in produced)
            {
                Forms[form] = Forms.GetValueOrDefault(form) | mark;
                if (hidden)
                {
                    var init = ToInitCap(form.ToLowerInvariant());
                    if (init != form)
                    {
                        Forms[init] = Forms.GetValueOrDefault(init) | WordFlags.OnlyUpcase;
                    }
                }
            }
        }

        private static bool Has(int[] flags, int flag) => flag >= 0 && Array.IndexOf(flags, flag) >= 0;
    }
}
