using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Proofread.Analysis;
using Proofread.Findings;
using Proofread.Language.Tagging;
using Proofread.Lexicon.Morphology;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Proofread.Rules;

/// <summary>
/// Reads YAML rule packs. Every problem is reported with its position (<c>file:line: what is
/// wrong</c>) through <see cref="RulePackException"/>, all problems of a file at once.
/// </summary>
public static partial class RulePackLoader
{
    /// <summary>Where the built-in English packs live, relative to the data folder.</summary>
    public const string DefaultPackFolder = "rules/en";

    private static readonly string[] RuleKeys =
    [
        "id", "kind", "title", "message", "description", "severity", "category", "link", "enabled", "suggest", "examples",
        "exceptions", "pattern", "tokens", "replace", "words", "factor", "allow", "sentence-start", "metric", "max",
    ];

    private static readonly string[] TestKeys = ["text", "regex", "lemma", "pos", "form", "case", "kind", "start", "except"];

    private static readonly string[] ElementKeys = [.. TestKeys, "skip", "mark"];

    /// <summary>The built-in packs (every <c>*.yaml</c> in the shipped <c>rules/en</c> folder).</summary>
    public static ImmutableArray<RulePack> LoadDefault() => LoadFolder(Path.Combine(Proofread.ProofreadData.Root, DefaultPackFolder));

    /// <summary>Every <c>*.yaml</c> and <c>*.yml</c> pack in <paramref name="folder"/> (not recursive), in name order; a file path loads that one pack.</summary>
    /// <exception cref="RulePackException">The folder is missing, or a pack is unreadable or malformed.</exception>
    public static ImmutableArray<RulePack> LoadFolder(string folder)
    {
        if (File.Exists(folder))
        {
            return [Load(folder)];
        }

        if (!Directory.Exists(folder))
        {
            throw new RulePackException([new RulePackError(folder, 0, "no such rule folder or pack file")]);
        }

        var files = Directory.EnumerateFiles(folder, "*.yaml").Concat(Directory.EnumerateFiles(folder, "*.yml"))
            .Order(StringComparer.Ordinal)
            .ToList();
        var packs = new List<RulePack>();
        var errors = new List<RulePackError>();
        foreach (var file in files)
        {
            try
            {
                packs.Add(Load(file));
            }
            catch (RulePackException e)
            {
                errors.AddRange(e.Errors);
            }
        }

        return errors.Count > 0 ? throw new RulePackException(errors) : [.. packs];
    }

    /// <summary>Reads one pack file.</summary>
    /// <exception cref="RulePackException">The file is unreadable or malformed.</exception>
    public static RulePack Load(string file)
    {
        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RulePackException([new RulePackError(file, 0, $"cannot read the pack: {e.Message}")]);
        }

        return Parse(text, file);
    }

    /// <summary>Reads a pack from its text; <paramref name="file"/> names it in errors.</summary>
    /// <exception cref="RulePackException">The text is not a valid pack.</exception>
    public static RulePack Parse(string text, string file)
    {
        var errors = new List<RulePackError>();
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new RulePackException([new RulePackError(file, (int)e.Start.Line, "invalid YAML: " + FirstLine(e.Message))]);
        }

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new RulePackException([new RulePackError(file, 1, "a pack is a mapping with 'rules:' (and optionally 'pack:')")]);
        }

        var reader = new Reader(file, errors);
        var name = Path.GetFileNameWithoutExtension(file);
        var rules = new List<RuleDefinition>();
        foreach (var (key, value) in root.Children)
        {
            switch (((YamlScalarNode)key).Value)
            {
                case "pack":
                    name = reader.Scalar(value, "pack") ?? name;
                    break;
                case "rules" when value is YamlSequenceNode sequence:
                    foreach (var node in sequence)
                    {
                        if (ReadRule(node, reader) is { } rule)
                        {
                            rules.Add(rule);
                        }
                    }

                    break;
                case "rules":
                    reader.Error(value, "'rules' must be a list of rules");
                    break;
                default:
                    reader.Error(key, $"unknown key '{((YamlScalarNode)key).Value}' (a pack has 'pack' and 'rules')");
                    break;
            }
        }

        foreach (var duplicate in rules.GroupBy(r => r.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            foreach (var rule in duplicate.Skip(1))
            {
                errors.Add(new RulePackError(file, rule.Line, $"rule id '{rule.Id}' is used twice in this pack"));
            }
        }

        return errors.Count > 0 ? throw new RulePackException([.. errors.OrderBy(e => e.Line)]) : new RulePack(name, file, [.. rules]);
    }

    private static RuleDefinition? ReadRule(YamlNode node, Reader reader)
    {
        if (node is not YamlMappingNode map)
        {
            reader.Error(node, "a rule must be a mapping (id, kind, message, examples, ...)");
            return null;
        }

        var before = reader.ErrorCount;
        reader.CheckKeys(map, RuleKeys, "rule");
        var line = reader.Line(map);
        var id = reader.Required(map, "id");
        if (id is not null && !IdPattern().IsMatch(id))
        {
            reader.Error(map["id"], $"rule id '{id}' must be lower-case words joined by dots, such as 'grammar.a-an'");
        }

        var kindText = reader.Required(map, "kind");
        RuleKind? kind = kindText switch
        {
            null => null,
            "existence" => RuleKind.Existence,
            "substitution" => RuleKind.Substitution,
            "pattern" => RuleKind.Pattern,
            "confusion" => RuleKind.Confusion,
            "repetition" => RuleKind.Repetition,
            "capitalization" => RuleKind.Capitalization,
            "metric" => RuleKind.Metric,
            _ => null,
        };
        if (kindText is not null && kind is null)
        {
            reader.Error(map["kind"], $"unknown kind '{kindText}' (existence, substitution, pattern, confusion, repetition, capitalization, metric)");
        }

        var message = reader.Required(map, "message");
        var severity = reader.Optional(map, "severity") switch
        {
            null or "warning" => Severity.Warning,
            "error" => Severity.Error,
            "info" => Severity.Info,
            var other => reader.Error(map["severity"], $"unknown severity '{other}' (error, warning, info)", Severity.Warning),
        };
        var category = reader.Optional(map, "category") switch
        {
            null => id?.StartsWith("style.", StringComparison.Ordinal) == true ? FindingCategory.Style
                : id?.StartsWith("readability.", StringComparison.Ordinal) == true ? FindingCategory.Readability
                : FindingCategory.Grammar,
            "grammar" => FindingCategory.Grammar,
            "style" => FindingCategory.Style,
            "readability" => FindingCategory.Readability,
            "spelling" => FindingCategory.Spelling,
            "spin" => FindingCategory.Spin,
            var other => reader.Error(map["category"], $"unknown category '{other}' (grammar, style, readability, spelling, spin)", FindingCategory.Grammar),
        };
        var enabled = reader.Bool(map, "enabled") ?? true;
        var suggestions = reader.OptionalList(map, "suggest");
        var exceptions = map.Children.TryGetValue("exceptions", out var exceptionNode)
            ? ReadExceptions(exceptionNode, reader)
            : [];

        RuleMatcher? matcher = null;
        var patternLength = 0;
        switch (kind)
        {
            case RuleKind.Pattern:
                if (reader.RequiredNode(map, "pattern") is { } patternNode && ReadPattern(patternNode, reader) is { } pattern)
                {
                    matcher = new PatternMatcher([(pattern, suggestions)]);
                    patternLength = pattern.Length;
                }

                break;
            case RuleKind.Existence:
                if (reader.RequiredNode(map, "tokens") is { } tokensNode)
                {
                    var phrases = reader.StringList(tokensNode, "tokens");
                    matcher = new PatternMatcher(phrases.Select(p => (PhrasePattern(p), suggestions)));
                }

                break;
            case RuleKind.Substitution:
                if (reader.RequiredNode(map, "replace") is YamlMappingNode replace)
                {
                    var entries = new List<(PatternElement[], ImmutableArray<string>)>();
                    foreach (var (phrase, replacement) in replace.Children)
                    {
                        var from = reader.Scalar(phrase, "replace") ?? "";
                        var to = reader.StringList(replacement, $"replacement of '{from}'");
                        if (from.Length > 0 && to.Length > 0)
                        {
                            entries.Add((PhrasePattern(from), to));
                        }
                    }

                    matcher = new PatternMatcher(entries);
                }
                else if (map.Children.TryGetValue("replace", out var badReplace))
                {
                    reader.Error(badReplace, "'replace' must map phrases to their replacements");
                }

                break;
            case RuleKind.Confusion:
                if (reader.RequiredNode(map, "words") is { } wordsNode)
                {
                    var words = reader.StringList(wordsNode, "words");
                    if (words.Length < 2)
                    {
                        reader.Error(wordsNode, "a confusion set needs at least two words");
                    }

                    var factor = reader.Number(map, "factor") ?? 100;
                    if (factor < 1)
                    {
                        reader.Error(map["factor"], "'factor' must be at least 1");
                    }

                    matcher = new ConfusionMatcher(words.Select(w => (Phrase(w), w)), factor);
                }

                break;
            case RuleKind.Repetition:
                matcher = new RepetitionMatcher([.. map.Children.ContainsKey("allow") ? reader.StringList(map["allow"], "allow").Select(SentenceContext.Normalize) : []]);
                break;
            case RuleKind.Capitalization:
                var proper = map.Children.ContainsKey("words") ? reader.StringList(map["words"], "words") : [];
                var sentenceStart = reader.Bool(map, "sentence-start") ?? false;
                if (proper.Length == 0 && !sentenceStart)
                {
                    reader.Error(map, "a capitalization rule needs 'words' or 'sentence-start: true'");
                }

                matcher = new CapitalizationMatcher(proper.ToImmutableDictionary(w => w.ToLowerInvariant(), w => w), sentenceStart);
                break;
            case RuleKind.Metric:
                var metricName = reader.Required(map, "metric");
                var max = reader.Number(map, "max");
                SentenceMetric? metric = metricName switch
                {
                    "sentence-words" => SentenceMetric.Words,
                    "sentence-commas" => SentenceMetric.Commas,
                    "sentence-characters" => SentenceMetric.Characters,
                    null => null,
                    _ => reader.Error<SentenceMetric?>(map["metric"], $"unknown metric '{metricName}' (sentence-words, sentence-commas, sentence-characters)", null),
                };
                if (max is null)
                {
                    reader.Error(map, "a metric rule needs 'max'");
                }

                if (metric is { } m && max is { } limit)
                {
                    matcher = new MetricMatcher(m, (int)limit);
                }

                break;
        }

        foreach (var template in suggestions)
        {
            foreach (var (element, form) in SuggestionTemplate.References(template))
            {
                if (element < 1 || element > patternLength)
                {
                    reader.Error(map["suggest"], $"'{template}' refers to element {element}, but the pattern has {patternLength}");
                }
                else if (form is not null && !SuggestionTemplate.Forms.Contains(form))
                {
                    reader.Error(map["suggest"], $"unknown form '{form}' in '{template}' ({string.Join(", ", SuggestionTemplate.Forms)})");
                }
            }
        }

        var examples = ReadExamples(map, reader, expectFix: kind is not RuleKind.Metric && (suggestions.Length > 0 || kind is RuleKind.Substitution or RuleKind.Confusion or RuleKind.Repetition or RuleKind.Capitalization));
        if (reader.ErrorCount > before || id is null || kind is null || message is null || matcher is null)
        {
            return null;
        }

        var title = reader.Optional(map, "title") ?? message.Replace("{text}", "…", StringComparison.Ordinal).Replace("{suggestion}", "…", StringComparison.Ordinal);
        var descriptor = new RuleDescriptor(
            id,
            title,
            category,
            severity,
            reader.Optional(map, "description") ?? title,
            enabled,
            reader.Optional(map, "link"));
        return new RuleDefinition(descriptor, kind.Value, message, suggestions, examples, reader.File, line, matcher, exceptions);
    }

    private static ImmutableArray<RuleExample> ReadExamples(YamlMappingNode map, Reader reader, bool expectFix)
    {
        if (reader.RequiredNode(map, "examples") is not { } node)
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            reader.Error(node, "'examples' must be a list of {bad, fix} and {good} entries");
            return [];
        }

        var examples = new List<RuleExample>();
        var before = reader.ErrorCount;
        foreach (var item in sequence)
        {
            if (item is not YamlMappingNode example)
            {
                reader.Error(item, "an example is a mapping: 'bad:' with 'fix:', or 'good:'");
                continue;
            }

            reader.CheckKeys(example, ["bad", "fix", "good"], "example");
            var bad = reader.Optional(example, "bad");
            var good = reader.Optional(example, "good");
            var fix = reader.Optional(example, "fix");
            if ((bad is null) == (good is null))
            {
                reader.Error(example, "an example has either 'bad' or 'good'");
            }
            else if (good is not null && fix is not null)
            {
                reader.Error(example, "a good example has no 'fix'");
            }
            else if (bad is not null && expectFix && fix is null)
            {
                reader.Error(example, "a bad example of a rule with suggestions needs its expected correction in 'fix'");
            }
            else
            {
                examples.Add(new RuleExample(bad ?? good!, bad is not null, fix, reader.Line(example)));
            }
        }

        if (reader.ErrorCount == before && (!examples.Exists(e => e.IsBad) || !examples.Exists(e => !e.IsBad)))
        {
            reader.Error(node, "a rule needs at least one bad and one good example");
        }

        return [.. examples];
    }

    private static ImmutableArray<PatternElement[]> ReadExceptions(YamlNode node, Reader reader)
    {
        if (node is not YamlSequenceNode sequence)
        {
            reader.Error(node, "'exceptions' must be a list of patterns");
            return [];
        }

        var result = new List<PatternElement[]>();
        foreach (var item in sequence)
        {
            // An exception is a pattern (a list of elements) or a phrase.
            var pattern = item is YamlScalarNode scalar ? PhrasePattern(scalar.Value ?? "") : ReadPattern(item, reader);
            if (pattern is { Length: > 0 })
            {
                result.Add(pattern);
            }
        }

        return [.. result];
    }

    private static PatternElement[]? ReadPattern(YamlNode node, Reader reader)
    {
        if (node is not YamlSequenceNode sequence || sequence.Children.Count == 0)
        {
            reader.Error(node, "a pattern is a non-empty list of token constraints");
            return null;
        }

        var elements = new List<PatternElement>();
        foreach (var item in sequence)
        {
            if (item is YamlScalarNode scalar)
            {
                elements.Add(new PatternElement(TextTest(scalar.Value ?? ""), 0, false));
                continue;
            }

            if (item is not YamlMappingNode map)
            {
                reader.Error(item, "a pattern element is a word ('in', 'a|an') or a mapping of constraints");
                return null;
            }

            reader.CheckKeys(map, ElementKeys, "pattern element");
            var skip = reader.Number(map, "skip") ?? 0;
            if (skip is < 0 or > 20)
            {
                reader.Error(map["skip"], "'skip' must be between 0 and 20");
            }

            elements.Add(new PatternElement(ReadTest(map, reader), (int)skip, reader.Bool(map, "mark") ?? false));
        }

        if (!elements.Exists(e => e.Marked))
        {
            elements = [.. elements.Select(e => e with { Marked = true })];
        }

        return [.. elements];
    }

    private static TokenTest ReadTest(YamlMappingNode map, Reader reader)
    {
        var texts = map.Children.ContainsKey("text") ? reader.StringList(map["text"], "text").SelectMany(t => t.Split('|')) : null;
        Regex? regex = null;
        if (reader.Optional(map, "regex") is { } pattern)
        {
            try
            {
                // Whole-token match; case-insensitive unless the pattern says otherwise with (?-i).
                regex = new Regex($"^(?:{pattern})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));
            }
            catch (ArgumentException e)
            {
                reader.Error(map["regex"], $"invalid regex '{pattern}': {FirstLine(e.Message)}");
            }
        }

        var tags = new List<UniversalTag>();
        if (map.Children.ContainsKey("pos"))
        {
            foreach (var name in reader.StringList(map["pos"], "pos").SelectMany(t => t.Split('|')))
            {
                if (Enum.TryParse<UniversalTag>(name, ignoreCase: true, out var tag) && !int.TryParse(name, out _))
                {
                    tags.Add(tag);
                }
                else if (name.Equals("PUNCT", StringComparison.OrdinalIgnoreCase) || name == ".")
                {
                    tags.Add(UniversalTag.Punct);
                }
                else
                {
                    reader.Error(map["pos"], $"unknown part of speech '{name}' (NOUN, VERB, ADJ, ADV, PRON, DET, ADP, NUM, CONJ, PRT, PUNCT, X)");
                }
            }
        }

        var forms = new List<WordForm>();
        if (map.Children.ContainsKey("form"))
        {
            foreach (var name in reader.StringList(map["form"], "form").SelectMany(t => t.Split('|')))
            {
                WordForm? form = name switch
                {
                    "base" => WordForm.Base,
                    "3sg" => WordForm.ThirdPersonSingular,
                    "past" => WordForm.Past,
                    "participle" => WordForm.PastParticiple,
                    "ing" => WordForm.Gerund,
                    _ => reader.Error<WordForm?>(map["form"], $"unknown verb form '{name}' (base, 3sg, past, participle, ing)", null),
                };
                if (form is { } f)
                {
                    forms.Add(f);
                }
            }
        }

        LetterCase? letterCase = reader.Optional(map, "case") switch
        {
            null => null,
            "lower" => LetterCase.Lower,
            "title" => LetterCase.Title,
            "upper" => LetterCase.Upper,
            "mixed" => LetterCase.Mixed,
            var other => reader.Error<LetterCase?>(map["case"], $"unknown case '{other}' (lower, title, upper, mixed)", null),
        };
        TokenKind? kind = reader.Optional(map, "kind") switch
        {
            null => null,
            "word" => TokenKind.Word,
            "number" => TokenKind.Number,
            "punct" => TokenKind.Punctuation,
            "symbol" => TokenKind.Symbol,
            "clitic" => TokenKind.Clitic,
            var other => reader.Error<TokenKind?>(map["kind"], $"unknown token kind '{other}' (word, number, punct, symbol, clitic)", null),
        };
        TokenTest[]? except = null;
        if (map.Children.TryGetValue("except", out var exceptNode))
        {
            // A mapping of constraints, a word list ('a|an'), or a list mixing both: the token must fail each.
            IEnumerable<YamlNode> items = exceptNode is YamlSequenceNode list ? list.Children : [exceptNode];
            except = [.. items.Select(item => item switch
            {
                YamlMappingNode exceptMap => ExceptTest(exceptMap, reader),
                YamlScalarNode scalar => TextTest(scalar.Value ?? ""),
                _ => reader.Error(item, "'except' holds words or mappings of constraints", new TokenTest()),
            })];
        }

        return new TokenTest
        {
            Texts = texts is null ? null : Normalized(texts),
            Regex = regex,
            Lemmas = map.Children.ContainsKey("lemma") ? Normalized(reader.StringList(map["lemma"], "lemma").SelectMany(t => t.Split('|'))) : null,
            Tags = tags.Count > 0 ? [.. tags] : null,
            VerbForms = forms.Count > 0 ? [.. forms] : null,
            Case = letterCase,
            Kind = kind,
            SentenceStart = reader.Bool(map, "start") ?? false,
            Except = except,
        };
    }

    private static TokenTest ExceptTest(YamlMappingNode map, Reader reader)
    {
        reader.CheckKeys(map, TestKeys, "except");
        return ReadTest(map, reader);
    }

    private static TokenTest TextTest(string alternatives) => new() { Texts = Normalized(alternatives.Split('|')) };

    private static HashSet<string> Normalized(IEnumerable<string> texts) => texts.Select(t => SentenceContext.Normalize(t.Trim())).ToHashSet(StringComparer.Ordinal);

    /// <summary>A phrase as the normalised texts of its tokens ("it's" → "it", "'s").</summary>
    internal static string[] Phrase(string phrase) => [.. Tokenizer.Tokenize(phrase).Select(t => SentenceContext.Normalize(t.Text))];

    private static PatternElement[] PhrasePattern(string phrase) =>
        [.. Phrase(phrase).Select(w => new PatternElement(new TokenTest { Texts = new HashSet<string>(StringComparer.Ordinal) { w } }, 0, true))];

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();

    [GeneratedRegex("^[a-z0-9]+(\\.[a-z0-9-]+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
