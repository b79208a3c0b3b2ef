using System.Text;
using System.IO.Compression;
using Proofread.Lexicon.Hunspell;

namespace Proofread.Lexicon.Morphology;

/// <summary>
/// Lemmatisation and inflection for English: WordNet's lemma lists and exception lists of
/// irregular forms, a table of irregular verbs, and affix rules. When a spelling dictionary is
/// given, it picks between regular spellings ("stopped" vs "stoped", "bigger" vs "more big").
/// Immutable and thread-safe.
/// </summary>
public sealed class WordMorphology
{
    private static readonly (string Suffix, string Replacement)[] NounRules =
        [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y"), ("oes", "o")];

    private static readonly (string Suffix, string Replacement)[] VerbRules =
        [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""), ("ied", "y"), ("ying", "ie")];

    private static readonly (string Suffix, string Replacement)[] AdjectiveRules =
        [("er", ""), ("est", ""), ("er", "e"), ("est", "e"), ("ier", "y"), ("iest", "y")];

    private readonly FormTable[] _lemmas;
    private readonly Dictionary<string, List<string>>[] _exceptionLemmas;
    private readonly Dictionary<string, List<string>>[] _exceptionForms;
    private readonly Dictionary<string, (string Past, string Participle)> _irregularVerbs;
    private readonly Dictionary<string, string> _irregularVerbForms;
    private readonly WordList? _speller;

    private WordMorphology(
        FormTable[] lemmas,
        Dictionary<string, List<string>>[] exceptionLemmas,
        Dictionary<string, List<string>>[] exceptionForms,
        Dictionary<string, (string, string)> irregularVerbs,
        WordList? speller)
    {
        _lemmas = lemmas;
        _exceptionLemmas = exceptionLemmas;
        _exceptionForms = exceptionForms;
        _irregularVerbs = irregularVerbs;
        _irregularVerbForms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in irregularVerbs)
        {
            _irregularVerbForms.TryAdd(entry.Value.Item1, entry.Key);
            _irregularVerbForms.TryAdd(entry.Value.Item2, entry.Key);
        }

        _speller = speller;
    }

    /// <summary>The same tables with <paramref name="speller"/> choosing between regular spellings.</summary>
    public WordMorphology WithSpeller(WordList? speller) =>
        new(_lemmas, _exceptionLemmas, _exceptionForms, _irregularVerbs, speller);

    /// <summary>The part-of-speech names of the lemma file's dictionaries, in <see cref="PartOfSpeech"/> order.</summary>
    internal static readonly string[] PosNames = ["n", "v", "a", "r"];

    /// <summary>Loads the shipped data (dictionaries/morphology/): the lemma lists memory-mapped, the exceptions parsed.</summary>
    public static WordMorphology LoadDefault(WordList? speller = null) =>
        LoadCompiled(
            ProofreadData.Path("morphology/wordnet-lemmas.forms"),
            ProofreadData.Path("morphology/wordnet-exceptions.tsv"),
            ProofreadData.Path("morphology/irregular-verbs.tsv"),
            speller);

    /// <summary>
    /// Loads the compiled WordNet lemma lists (one dictionary per part of speech, n v a r, in the
    /// compiled word-list format: memory-mapped, nothing built), the exception lists
    /// ("pos TAB form TAB lemma" lines) and the irregular verb table.
    /// </summary>
    public static WordMorphology LoadCompiled(string lemmasPath, string exceptionsPath, string irregularVerbsPath, WordList? speller = null)
    {
        var lemmas = FormTable.OpenAll(lemmasPath);
        if (lemmas.Length != 4)
        {
            throw new InvalidDataException("the lemma file must hold four parts of speech");
        }

        var (exceptionLemmas, exceptionForms) = NewExceptionTables();
        var text = File.ReadAllBytes(exceptionsPath);
        for (var at = 0; at < text.Length;)
        {
            var newline = text.AsSpan(at).IndexOf((byte)'\n');
            var lineEnd = newline < 0 ? text.Length : at + newline;
            var line = text.AsSpan(at, lineEnd > at && text[lineEnd - 1] == (byte)'\r' ? lineEnd - at - 1 : lineEnd - at);
            if (line.Length >= 5)
            {
                AddException(exceptionLemmas, exceptionForms, PosIndex((char)line[0]), line[2..]);
            }

            at = lineEnd + 1;
        }

        return new WordMorphology(lemmas, exceptionLemmas, exceptionForms, ReadIrregularVerbs(irregularVerbsPath), speller);
    }

    /// <summary>Loads the WordNet table in its source form (gzip, "L TAB p TAB lemma" and "X TAB p TAB form TAB lemma" lines) and the irregular verb table.</summary>
    public static WordMorphology Load(string wordnetPath, string irregularVerbsPath, WordList? speller = null)
    {
        byte[] text;
        using (var file = File.OpenRead(wordnetPath))
        using (var gzip = new GZipStream(file, CompressionMode.Decompress))
        using (var copy = new MemoryStream())
        {
            gzip.CopyTo(copy);
            text = copy.ToArray();
        }

        var lemmas = new Dictionary<string, WordList.WordFlags>[4];
        for (var i = 0; i < 4; i++)
        {
            lemmas[i] = new Dictionary<string, WordList.WordFlags>(StringComparer.Ordinal);
        }

        var (exceptionLemmas, exceptionForms) = NewExceptionTables();
        for (var at = 0; at < text.Length;)
        {
            var newline = text.AsSpan(at).IndexOf((byte)'\n');
            var lineEnd = newline < 0 ? text.Length : at + newline;
            var line = text.AsSpan(at, lineEnd > at && text[lineEnd - 1] == (byte)'\r' ? lineEnd - at - 1 : lineEnd - at);
            if (line.Length >= 5)
            {
                var pos = PosIndex((char)line[2]);
                if (line[0] == (byte)'L')
                {
                    lemmas[pos][Encoding.UTF8.GetString(line[4..])] = WordList.WordFlags.Accepted;
                }
                else if (line[0] == (byte)'X')
                {
                    AddException(exceptionLemmas, exceptionForms, pos, line[4..]);
                }
            }

            at = lineEnd + 1;
        }

        var tables = FormTable.Create([.. Enumerable.Range(0, 4).Select(i => (PosNames[i], (IReadOnlyDictionary<string, WordList.WordFlags>)lemmas[i], (IReadOnlyDictionary<string, int[]>)new Dictionary<string, int[]>()))]);
        return new WordMorphology(tables, exceptionLemmas, exceptionForms, ReadIrregularVerbs(irregularVerbsPath), speller);
    }

    /// <summary>Writes the lemma lists of a source-form WordNet table (see <see cref="Load"/>) compiled for <see cref="LoadCompiled"/>.</summary>
    public void WriteCompiledLemmas(Stream stream)
    {
        var columns = new List<(string, IReadOnlyDictionary<string, WordList.WordFlags>, IReadOnlyDictionary<string, int[]>)>(4);
        for (var i = 0; i < 4; i++)
        {
            columns.Add((PosNames[i], _lemmas[i].ToDictionary(), new Dictionary<string, int[]>()));
        }

        FormTable.Write(stream, columns);
    }

    /// <summary>The exception lists as "pos TAB form TAB lemma" lines, sorted, for <see cref="LoadCompiled"/>.</summary>
    public IEnumerable<string> ExceptionLines()
    {
        var lines = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            foreach (var (form, lemmas) in _exceptionLemmas[i])
            {
                foreach (var lemma in lemmas)
                {
                    lines.Add($"{PosNames[i]}\t{form}\t{lemma}");
                }
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static (Dictionary<string, List<string>>[] Lemmas, Dictionary<string, List<string>>[] Forms) NewExceptionTables()
    {
        var exceptionLemmas = new Dictionary<string, List<string>>[4];
        var exceptionForms = new Dictionary<string, List<string>>[4];
        for (var i = 0; i < 4; i++)
        {
            exceptionLemmas[i] = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            exceptionForms[i] = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        }

        return (exceptionLemmas, exceptionForms);
    }

    // "form TAB lemma"
    private static void AddException(Dictionary<string, List<string>>[] exceptionLemmas, Dictionary<string, List<string>>[] exceptionForms, int pos, ReadOnlySpan<byte> fields)
    {
        var tab = fields.IndexOf((byte)'\t');
        if (tab > 0)
        {
            var form = Encoding.UTF8.GetString(fields[..tab]);
            var lemma = Encoding.UTF8.GetString(fields[(tab + 1)..]);
            Add(exceptionLemmas[pos], form, lemma);
            Add(exceptionForms[pos], lemma, form);
        }
    }

    private static Dictionary<string, (string, string)> ReadIrregularVerbs(string path)
    {
        var irregular = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            irregular[f[0]] = (f[1], f[2]);
        }

        return irregular;
    }

    /// <summary>Whether WordNet lists <paramref name="word"/> as a lemma of that part of speech.</summary>
    public bool IsLemma(string word, PartOfSpeech pos) => _lemmas[(int)pos].Contains(word.ToLowerInvariant());

    /// <summary>
    /// The lemmas <paramref name="word"/> can be a form of, most likely first: irregular forms,
    /// then the word itself if it is a lemma, then lemmas reached by affix rules. Empty when none is known.
    /// </summary>
    public IReadOnlyList<string> Lemmatize(string word, PartOfSpeech pos)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = word.ToLowerInvariant();
        var p = (int)pos;
        var result = new List<string>();
        if (pos == PartOfSpeech.Verb && _irregularVerbForms.TryGetValue(w, out var irregular))
        {
            result.Add(irregular);
        }

        if (_exceptionLemmas[p].TryGetValue(w, out var lemmas))
        {
            AddRange(result, lemmas);
        }

        if (_lemmas[p].Contains(w))
        {
            AddRange(result, [w]);
        }

        var rules = pos switch
        {
            PartOfSpeech.Noun => NounRules,
            PartOfSpeech.Verb => VerbRules,
            PartOfSpeech.Adjective or PartOfSpeech.Adverb => AdjectiveRules,
            _ => [],
        };
        foreach (var (suffix, replacement) in rules)
        {
            if (w.Length <= suffix.Length + 1 || !w.EndsWith(suffix, StringComparison.Ordinal))
            {
                continue;
            }

            var stem = w[..^suffix.Length];
            var candidate = stem + replacement;
            if (_lemmas[p].Contains(candidate))
            {
                AddRange(result, [candidate]);
            }

            // A doubled final consonant: "stopped" -> "stop", "bigger" -> "big".
            if (replacement.Length == 0 && stem.Length > 2 && stem[^1] == stem[^2] && !IsVowel(stem[^1]) && _lemmas[p].Contains(stem.AsSpan(0, stem.Length - 1)))
            {
                AddRange(result, [stem[..^1]]);
            }
        }

        return result;
    }

    /// <summary>
    /// The lemma and form of <paramref name="word"/> read as <paramref name="pos"/>, most likely first
    /// ("needed" → (need, Past), (need, PastParticiple)).
    /// </summary>
    public IReadOnlyList<(string Lemma, WordForm Form)> Analyze(string word, PartOfSpeech pos)
    {
        var w = word.ToLowerInvariant();
        var result = new List<(string, WordForm)>();
        foreach (var lemma in Lemmatize(w, pos))
        {
            foreach (var form in FormsOf(pos))
            {
                if (string.Equals(Inflect(lemma, pos, form), w, StringComparison.Ordinal) && !result.Contains((lemma, form)))
                {
                    result.Add((lemma, form));
                }
            }
        }

        return result;
    }

    private static WordForm[] FormsOf(PartOfSpeech pos) => pos switch
    {
        PartOfSpeech.Noun => [WordForm.Base, WordForm.Plural],
        PartOfSpeech.Verb => [WordForm.Base, WordForm.Past, WordForm.PastParticiple, WordForm.Gerund, WordForm.ThirdPersonSingular],
        _ => [WordForm.Base, WordForm.Comparative, WordForm.Superlative],
    };

    /// <summary>
    /// <paramref name="lemma"/> put in <paramref name="form"/>. Multi-word lemmas inflect their
    /// head: the first word of a verb phrase ("get together" → "got together"), the last word of a noun.
    /// </summary>
    public string Inflect(string lemma, PartOfSpeech pos, WordForm form)
    {
        ArgumentNullException.ThrowIfNull(lemma);
        if (form == WordForm.Base || lemma.Length == 0)
        {
            return lemma;
        }

        var space = lemma.IndexOf(' ');
        if (space > 0)
        {
            if (pos == PartOfSpeech.Verb)
            {
                return Inflect(lemma[..space], pos, form) + lemma[space..];
            }

            var last = lemma.LastIndexOf(' ');
            if (pos == PartOfSpeech.Noun)
            {
                return lemma[..(last + 1)] + Inflect(lemma[(last + 1)..], pos, form);
            }
        }

        var l = lemma.ToLowerInvariant();
        return (pos, form) switch
        {
            (PartOfSpeech.Noun, WordForm.Plural) => Plural(l),
            (PartOfSpeech.Verb, WordForm.ThirdPersonSingular) => ThirdPerson(l),
            (PartOfSpeech.Verb, WordForm.Past) => PastForm(l, participle: false),
            (PartOfSpeech.Verb, WordForm.PastParticiple) => PastForm(l, participle: true),
            (PartOfSpeech.Verb, WordForm.Gerund) => Gerund(l),
            (PartOfSpeech.Adjective or PartOfSpeech.Adverb, WordForm.Comparative) => Graded(l, pos, superlative: false),
            (PartOfSpeech.Adjective or PartOfSpeech.Adverb, WordForm.Superlative) => Graded(l, pos, superlative: true),
            _ => lemma,
        };
    }

    private string Plural(string l)
    {
        if (_exceptionForms[(int)PartOfSpeech.Noun].TryGetValue(l, out var forms))
        {
            var irregular = forms.FirstOrDefault(f => f != l);
            if (irregular is not null)
            {
                return irregular;
            }
        }

        return Pick(SibilantOrYSuffix(l, "s", "es", "ies"));
    }

    private string ThirdPerson(string l) => l switch
    {
        "be" => "is",
        "have" => "has",
        "do" => "does",
        "go" => "goes",
        _ => Pick(SibilantOrYSuffix(l, "s", "es", "ies")),
    };

    private static IEnumerable<string> SibilantOrYSuffix(string l, string plain, string es, string ies)
    {
        if (l.EndsWith('s') || l.EndsWith('x') || l.EndsWith('z') || l.EndsWith("ch", StringComparison.Ordinal) || l.EndsWith("sh", StringComparison.Ordinal))
        {
            yield return l + es;
        }
        else if (l.Length > 1 && l[^1] == 'y' && !IsVowel(l[^2]))
        {
            yield return l[..^1] + ies;
        }
        else if (l.Length > 1 && l[^1] == 'o' && !IsVowel(l[^2]))
        {
            yield return l + plain;
            yield return l + es;
        }
        else
        {
            yield return l + plain;
        }
    }

    private string PastForm(string l, bool participle)
    {
        if (_irregularVerbs.TryGetValue(l, out var irregular))
        {
            return participle ? irregular.Participle : irregular.Past;
        }

        if (_exceptionForms[(int)PartOfSpeech.Verb].TryGetValue(l, out var forms))
        {
            var past = forms.Where(f => !f.EndsWith("ing", StringComparison.Ordinal) && !f.EndsWith('s')).ToList();
            if (past.Count == 1)
            {
                return past[0];
            }

            if (past.Count > 1)
            {
                var en = past.FirstOrDefault(f => f.EndsWith('n') || f.EndsWith("ne", StringComparison.Ordinal));
                var other = past.FirstOrDefault(f => f != en);
                return participle ? en ?? past[0] : other ?? past[0];
            }
        }

        return Pick(RegularSuffix(l, "ed"));
    }

    private string Gerund(string l)
    {
        if (l.EndsWith("ie", StringComparison.Ordinal))
        {
            return l[..^2] + "ying";
        }

        if (l == "be" || l.EndsWith("ee", StringComparison.Ordinal) || l.EndsWith("ye", StringComparison.Ordinal) || l.EndsWith("oe", StringComparison.Ordinal))
        {
            return l + "ing";
        }

        return Pick(RegularSuffix(l, "ing"));
    }

    private string Graded(string l, PartOfSpeech pos, bool superlative)
    {
        if (_exceptionForms[(int)pos].TryGetValue(l, out var forms) || _exceptionForms[(int)PartOfSpeech.Adjective].TryGetValue(l, out forms))
        {
            var match = forms.FirstOrDefault(f => f.EndsWith("st", StringComparison.Ordinal) == superlative && f != l);
            if (match is not null)
            {
                return match;
            }
        }

        var suffix = superlative ? "est" : "er";
        var candidates = RegularSuffix(l, suffix).ToList();
        if (_speller is not null)
        {
            var accepted = candidates.FirstOrDefault(_speller.Check);
            return accepted ?? (superlative ? "most " : "more ") + l;
        }

        return l.Length > 6 || pos == PartOfSpeech.Adverb ? (superlative ? "most " : "more ") + l : candidates[0];
    }

    /// <summary>Regular spellings of lemma + suffix starting with a vowel, the likelier first.</summary>
    private static IEnumerable<string> RegularSuffix(string l, string suffix)
    {
        if (l.EndsWith('e'))
        {
            yield return l[..^1] + suffix;
            yield break;
        }

        if (l.Length > 1 && l[^1] == 'y' && !IsVowel(l[^2]) && suffix != "ing")
        {
            yield return l[..^1] + "i" + suffix;
            yield break;
        }

        if (l.Length > 2 && l.Length <= 4 && EndsConsonantVowelConsonant(l))
        {
            yield return l + l[^1] + suffix;
            yield return l + suffix;
            yield break;
        }

        yield return l + suffix;
        if (EndsConsonantVowelConsonant(l))
        {
            yield return l + l[^1] + suffix;
        }
    }

    private static bool EndsConsonantVowelConsonant(string l) =>
        l.Length >= 3 && !IsVowel(l[^1]) && l[^1] is not ('w' or 'x' or 'y') && IsVowel(l[^2]) && !IsVowel(l[^3]);

    private string Pick(IEnumerable<string> candidates)
    {
        var list = candidates.ToList();
        return _speller is null ? list[0] : list.FirstOrDefault(_speller.Check) ?? list[0];
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static int PosIndex(char c) => c switch
    {
        'n' => 0,
        'v' => 1,
        'a' or 's' => 2,
        _ => 3,
    };

    private static void Add(Dictionary<string, List<string>> map, string key, string value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        if (!list.Contains(value))
        {
            list.Add(value);
        }
    }

    private static void AddRange(List<string> result, IEnumerable<string> items)
    {
        foreach (var item in items)
        {
            if (!result.Contains(item))
            {
                result.Add(item);
            }
        }
    }
}
