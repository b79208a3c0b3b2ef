using System.Collections.Frozen;
using Proofread.Analysis;
using Proofread.Documents;
using Proofread.Findings;
using Proofread.Lexicon.Hunspell;
using Proofread.Lexicon.Morphology;
using Proofread.Pipeline;

namespace Proofread.Lexicon.Spelling;

/// <summary>
/// Flags words the spelling dictionary does not know, with ranked suggestions. Leaves alone what
/// is not a misspelling in context: capitalised words inside a sentence (names), acronyms, words
/// with digits, units after numbers, URLs, e-mail addresses, code and the user's own words.
/// With a variant dictionary (en_GB beside en_US), a word only the variant knows is reported as
/// a regional variant instead. Pure and thread-safe.
/// </summary>
public sealed class SpellingAnalyzer : IAnalyzer
{
    /// <summary>The rule for unknown words.</summary>
    public static readonly RuleDescriptor UnknownWord = new(
        "spelling.unknown-word",
        "Unknown word",
        FindingCategory.Spelling,
        Severity.Warning,
        "A word the spelling dictionary does not know, with the likeliest intended words.");

    /// <summary>The rule for spellings of another variety of English ("colour" under en-US); suggests the selected variety's spelling.</summary>
    public static readonly RuleDescriptor RegionalVariant = new(
        "spelling.regional-variant",
        "Regional spelling variant",
        FindingCategory.Spelling,
        Severity.Info,
        "A correct spelling of another variety of English than the one selected.");

    private const int MaxSuggestions = 5;

    // Prefixes that make new English words freely ("counterterrorism", "outmigration"); "un" and
    // "in" are left out because they turn common misspellings into false words ("untill").
    private static readonly string[] ProductivePrefixes =
    [
        "anti", "counter", "re", "pre", "post", "non", "over", "under", "out", "mis", "inter",
        "multi", "semi", "sub", "super", "ethno", "micro", "macro", "mega", "mini", "neo", "pseudo",
        "trans", "ultra", "hyper", "geo", "bio", "socio", "electro", "euro", "proto",
    ];

    // Function words of other languages that English prose quotes in names and set phrases
    // ("coup d'etat", "et al", "de facto", "per capita").
    private static readonly FrozenSet<string> ForeignFunctionWords = FrozenSet.ToFrozenSet(
        ["de", "des", "du", "la", "le", "les", "et", "al", "von", "van", "der", "den", "und", "da", "di", "del", "della", "dos", "das", "el", "los", "las", "facto", "jure", "capita", "per", "bis", "vis", "ipso"],
        StringComparer.Ordinal);

    private readonly WordList _speller;
    // The variant dictionary and WordNet are asked only about words the main dictionary rejects:
    // a clean document never loads them.
    private readonly Lazy<WordList?> _variant;
    private readonly Lazy<WordMorphology?> _morphology;
    private readonly Lazy<RegionalSpelling?> _regional;
    private int _morphologyStarted;
    private readonly FrozenSet<string> _userWords;

    /// <summary>Creates the analyser.</summary>
    /// <param name="speller">The dictionary of the selected language.</param>
    /// <param name="variant">Optionally, the dictionary of the other variety, to tell variants from misspellings.</param>
    /// <param name="userWords">Extra accepted words (case-sensitive; lower-case entries also accept capitalised uses).</param>
    /// <param name="morphology">Optionally, WordNet morphology: words WordNet knows (in any inflection) are accepted.</param>
    /// <param name="regional">Optionally, British/American correspondences towards the speller's variety, which suggest first for variants.</param>
    public SpellingAnalyzer(WordList speller, WordList? variant = null, IEnumerable<string>? userWords = null, WordMorphology? morphology = null, RegionalSpelling? regional = null)
        : this(speller, new Lazy<WordList?>(variant), userWords, new Lazy<WordMorphology?>(morphology), new Lazy<RegionalSpelling?>(regional))
    {
    }

    /// <summary>Creates the analyser with resources loaded on first need (thread-safe).</summary>
    /// <param name="speller">The dictionary of the selected language.</param>
    /// <param name="variant">Loads the other variety's dictionary, or gives null for none.</param>
    /// <param name="userWords">Extra accepted words.</param>
    /// <param name="morphology">Loads WordNet morphology, or gives null for none.</param>
    /// <param name="regional">Loads the British/American correspondences towards the speller's variety, or gives null for none.</param>
    public SpellingAnalyzer(WordList speller, Func<WordList?> variant, IEnumerable<string>? userWords, Func<WordMorphology?> morphology, Func<RegionalSpelling?>? regional = null)
        : this(
            speller,
            new Lazy<WordList?>(variant ?? throw new ArgumentNullException(nameof(variant)), LazyThreadSafetyMode.ExecutionAndPublication),
            userWords,
            new Lazy<WordMorphology?>(morphology ?? throw new ArgumentNullException(nameof(morphology)), LazyThreadSafetyMode.ExecutionAndPublication),
            new Lazy<RegionalSpelling?>(regional ?? (() => null), LazyThreadSafetyMode.ExecutionAndPublication))
    {
    }

    private SpellingAnalyzer(WordList speller, Lazy<WordList?> variant, IEnumerable<string>? userWords, Lazy<WordMorphology?> morphology, Lazy<RegionalSpelling?> regional)
    {
        _speller = speller ?? throw new ArgumentNullException(nameof(speller));
        _variant = variant;
        _morphology = morphology;
        _regional = regional;
        _userWords = (userWords ?? []).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public IReadOnlyList<RuleDescriptor> Rules { get; } = [UnknownWord, RegionalVariant];

    /// <summary>
    /// The analyser over the shipped data: the dictionary of <paramref name="language"/> (compiled
    /// forms, loaded now), and on first need the other variety's dictionary to tell variants from
    /// misspellings, WordNet morphology and the word counts that rank suggestions.
    /// </summary>
    public static SpellingAnalyzer LoadDefault(SpellingLanguage language = SpellingLanguage.EnglishUS, IEnumerable<string>? userWords = null)
    {
        var (main, other) = language == SpellingLanguage.EnglishGB ? ("en_GB", "en_US") : ("en_US", "en_GB");
        var speller = LoadWordList(main, WordFrequencies.LoadDefault);
        return new SpellingAnalyzer(
            speller,
            () => LoadWordList(other, frequencies: null),
            userWords,
            () => WordMorphology.LoadDefault(speller),
            () => RegionalSpelling.LoadDefault(language));
    }

    /// <summary>
    /// Starts loading, on the thread pool, what this analyser otherwise loads on first need: the
    /// variant dictionary, morphology, correspondences, then the suggestion index. Returns at
    /// once. For callers that expect unknown words (most real documents have a few) and have a
    /// core to spare while they read and segment the text; costs CPU and memory for clean ones.
    /// </summary>
    public Task PrefetchAsync() => Task.Run(() =>
    {
        _ = _variant.Value;
        _ = _regional.Value;
        _ = _morphology.Value;
        _speller.PrepareSuggestions();
    });

    /// <summary>
    /// A shipped dictionary ("en_US", "en_GB") from the compiled forms both share
    /// (hunspell/en.forms, memory-mapped once per process).
    /// </summary>
    public static WordList LoadWordList(string name, Func<WordFrequencies?>? frequencies) =>
        WordList.CreateFromCompiledFiles(ProofreadData.Path($"hunspell/{name}.aff"), ProofreadData.Path(CompiledForms), name, frequencies);

    /// <summary>The compiled forms of en_US and en_GB, under the data folder.</summary>
    public const string CompiledForms = "hunspell/en.forms";

    /// <summary>Reads a user word list: one word per line, '#' starts a comment.</summary>
    public static IEnumerable<string> ReadWordList(string path) =>
        File.ReadLines(path).Select(l => l.Split('#')[0].Trim()).Where(l => l.Length > 0);

    /// <inheritdoc />
    public IEnumerable<Finding> Analyze(Document document, IReadOnlySet<string> enabledRules)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(enabledRules);
        var unknownEnabled = enabledRules.Contains(UnknownWord.Id);
        var variantEnabled = enabledRules.Contains(RegionalVariant.Id);
        if (!unknownEnabled && !variantEnabled)
        {
            yield break;
        }

        var text = document.Text;
        var namesInText = NamesInText(document);
        foreach (var sentence in document.Sentences)
        {
            var firstWord = true;
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var token = document.Tokens[i];
                if (token.Kind != TokenKind.Word)
                {
                    continue;
                }

                var sentenceInitial = firstWord;
                firstWord = false;
                var word = token.Text;
                if (IsExempt(document, i, token, sentenceInitial, text) || _speller.Check(word)
                    || (sentenceInitial && token.Case == LetterCase.Title && namesInText.Contains(word)))
                {
                    continue;
                }

                StartLoadingMorphology();
                if (_variant.Value is { } variant && variant.Check(word))
                {
                    if (variantEnabled)
                    {
                        yield return Finding.Create(
                            document,
                            RegionalVariant,
                            token.Span,
                            $"\"{word}\" is a spelling of another variety of English.",
                            Rank(VariantSuggestions(word)));
                    }

                    continue;
                }

                if (unknownEnabled && !IsKnown(word, 0))
                {
                    var suggestions = _speller.Suggest(word, MaxSuggestions);
                    var message = suggestions.Count > 0
                        ? $"Unknown word \"{word}\"; did you mean \"{suggestions[0]}\"?"
                        : $"Unknown word \"{word}\".";
                    yield return Finding.Create(document, UnknownWord, token.Span, message, Rank(suggestions));
                }
            }
        }
    }

    // A word the main dictionary rejects usually needs WordNet next (unless it is a variant): load
    // it on another core while this thread loads the variant dictionary.
    private void StartLoadingMorphology()
    {
        if (!_morphology.IsValueCreated && Interlocked.Exchange(ref _morphologyStarted, 1) == 0)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static lazy => WarmUp(lazy), _morphology, preferLocal: false);
        }
    }

    private static void WarmUp(Lazy<WordMorphology?> lazy)
    {
        try
        {
            _ = lazy.Value;
        }
#pragma warning disable CA1031 // The Lazy keeps the exception; the analysis thread rethrows it when it asks.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    // The other variety's spelling by the known correspondences ("programme" -> "program"); the
    // general suggester only when none of them gives a word the dictionary knows.
    private IReadOnlyList<string> VariantSuggestions(string word)
    {
        var candidates = _regional.Value?.Candidates(word, _speller.Check) ?? [];
        return candidates.Count > 0 ? [.. candidates.Take(MaxSuggestions)] : _speller.Suggest(word, MaxSuggestions);
    }

    // Capitalised words used inside sentences: the same word opening a sentence is a name too.
    private static HashSet<string> NamesInText(Document document)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in document.Sentences)
        {
            var first = true;
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var token = document.Tokens[i];
                if (token.Kind != TokenKind.Word)
                {
                    continue;
                }

                if (!first && token.Case == LetterCase.Title)
                {
                    names.Add(token.Text);
                }

                first = false;
            }
        }

        return names;
    }

    /// <summary>Whether the dictionary, WordNet or a productive prefix accounts for <paramref name="word"/>.</summary>
    private bool IsKnown(string word, int depth)
    {
        if (_speller.Check(word) || ForeignFunctionWords.Contains(word.ToLowerInvariant()))
        {
            return true;
        }

        if (depth > 0 && _variant.Value is { } variant && variant.Check(word))
        {
            return true; // a part of a compound, already reported as a variant if whole
        }

        var hyphen = word.IndexOf('-');
        if (hyphen > 0 && hyphen < word.Length - 1 && depth < 4)
        {
            // "pre-baked": a productive prefix standing alone before the hyphen.
            var parts = word.Split('-');
            return parts.Select((part, k) => part.Length == 0 || IsKnown(part, depth + 1)
                || (k == 0 && parts.Length > 1 && ProductivePrefixes.Contains(part.ToLowerInvariant()))).All(ok => ok);
        }

        if (_morphology.Value is not null && KnownToWordNet(word.ToLowerInvariant()))
        {
            return true;
        }

        var lower = word.ToLowerInvariant();
        foreach (var prefix in ProductivePrefixes)
        {
            if (lower.Length >= prefix.Length + 4 && lower.StartsWith(prefix, StringComparison.Ordinal)
                && IsKnownRest(lower[prefix.Length..]))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsKnownRest(string rest) => _speller.Check(rest) || (_morphology.Value is not null && KnownToWordNet(rest));

    private bool KnownToWordNet(string lower) =>
        _morphology.Value!.Lemmatize(lower, PartOfSpeech.Noun).Count > 0
        || _morphology.Value.Lemmatize(lower, PartOfSpeech.Verb).Count > 0
        || _morphology.Value.Lemmatize(lower, PartOfSpeech.Adjective).Count > 0
        || _morphology.Value.Lemmatize(lower, PartOfSpeech.Adverb).Count > 0;

    private static IEnumerable<Suggestion> Rank(IReadOnlyList<string> suggestions) =>
        suggestions.Select((s, k) => new Suggestion(s, Math.Round(0.8 / (1 + k), 3)));

    private bool IsExempt(Document document, int index, Token token, bool sentenceInitial, string text)
    {
        var word = token.Text;
        if (_userWords.Contains(word) || _userWords.Contains(word.ToLowerInvariant()))
        {
            return true;
        }

        if (word.Any(char.IsDigit) || word.Length < 2)
        {
            return true;
        }

        // Letters the English dictionary cannot judge: a quoted foreign word ("électrométallurgique").
        if (word.Any(c => c > 0x7F && char.IsLetter(c)))
        {
            return true;
        }

        // French and Italian elisions quote a foreign phrase: "coup d'etat", "l'art".
        if (word.Length > 2 && word[1] is '\'' or '\u2019' && word[0] is 'd' or 'l' or 'D' or 'L')
        {
            return true;
        }

        // Glued to a number: "19th-century" tokenised as "19" + "th-century", "1990s".
        var start = token.Span.Start;
        if (start > 0 && char.IsDigit(text[start - 1]))
        {
            return true;
        }

        switch (token.Case)
        {
            case LetterCase.Upper:
                return true; // acronyms and shouting: "NATO", "ICBM"
            case LetterCase.Mixed:
                return true; // "iPhone", "McDonald", "JavaScript": names
            case LetterCase.Title when !sentenceInitial:
                return true; // a capitalised word inside a sentence is taken for a name
        }

        // A unit right after a number: "5 km", "20 mg".
        if (index > 0 && document.Tokens[index - 1].Kind == TokenKind.Number && word.Length <= 3)
        {
            return true;
        }

        return IsInsideMachineText(text, token);
    }

    /// <summary>Whether the token sits in a URL, e-mail address, path or code-like run of text.</summary>
    private static bool IsInsideMachineText(string text, Token token)
    {
        var start = token.Span.Start;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        var end = token.Span.End;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        var chunk = text.AsSpan(start, end - start);
        return chunk.Contains("://", StringComparison.Ordinal)
            || chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            || chunk.Contains('@')
            || chunk.Contains('`')
            || chunk.Contains('_')
            || chunk.Contains('\\')
            || (chunk.Contains('/') && chunk.Contains('.'))
            || LooksLikeDomain(chunk.TrimEnd(".,;:!?)]}\"'"));
    }

    // "example.com", "docs.python.org": a dot followed directly by letters inside the chunk.
    private static bool LooksLikeDomain(ReadOnlySpan<char> chunk)
    {
        var dot = chunk.LastIndexOf('.');
        if (dot <= 0 || dot >= chunk.Length - 2)
        {
            return false;
        }

        var tld = chunk[(dot + 1)..];
        foreach (var c in tld)
        {
            if (!char.IsAsciiLetterLower(c))
            {
                return false;
            }
        }

        return tld is "com" or "org" or "net" or "edu" or "gov" or "io" or "dev" or "info" or "uk" or "de" or "fr";
    }
}
