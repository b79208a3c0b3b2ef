using System.Collections.Immutable;
using System.Globalization;
using Proofread.Analyzers.Text;

namespace Proofread.Analyzers.Phrasebook;

/// <summary>
/// Reads the phrasebook format: UTF-8 TSV, one entry a line,
/// <c>phrase TAB replacement[|alternative...] TAB note TAB source [TAB options]</c>;
/// <c>#</c> starts a comment line; blank lines are ignored.
/// </summary>
internal static class PhrasebookParser
{
    private const char HeadMarker = '*';

    public static Phrasebook Parse(string text, string sourceName)
    {
        var entries = ImmutableArray.CreateBuilder<PhrasebookEntry>();
        var errors = new List<PhrasebookError>();
        var firstLineOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var lineNumber = 0;
        var start = 0;
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            start = 1;
        }

        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            lineNumber++;
            var line = text.AsSpan(start, end - start).TrimEnd('\r');
            start = end + 1;
            var trimmed = line.Trim();
            if (trimmed.IsEmpty || trimmed[0] == '#')
            {
                continue;
            }

            var error = ParseLine(line.ToString(), sourceName, lineNumber, out var entry);
            if (error is not null)
            {
                errors.Add(new PhrasebookError(sourceName, lineNumber, error));
                continue;
            }

            if (firstLineOf.TryGetValue(entry!.Phrase, out var first))
            {
                errors.Add(new PhrasebookError(sourceName, lineNumber, $"duplicate phrase '{entry.Phrase}' (first on line {first})"));
                continue;
            }

            firstLineOf[entry.Phrase] = lineNumber;
            entries.Add(entry);
        }

        if (errors.Count > 0)
        {
            throw new PhrasebookException(errors);
        }

        return new Phrasebook(entries.ToImmutable());
    }

    private static string? ParseLine(string line, string sourceName, int lineNumber, out PhrasebookEntry? entry)
    {
        entry = null;
        var fields = line.Split('\t');
        if (fields.Length is < 4 or > 5)
        {
            return $"expected 4 tab-separated fields (phrase, replacement, note, source) and optional options, found {fields.Length}";
        }

        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = fields[i].Trim();
        }

        var error = ParsePhrase(fields[0], out var words, out var head);
        if (error is not null)
        {
            return error;
        }

        if (fields[1].Length == 0)
        {
            return "the replacement is empty";
        }

        var replacements = ImmutableArray.CreateBuilder<PhraseReplacement>();
        foreach (var raw in fields[1].Split('|'))
        {
            var alternative = raw.Trim();
            if (alternative.Length == 0)
            {
                return "an alternative in the replacement is empty";
            }

            error = ParseReplacement(alternative, out var replacement);
            if (error is not null)
            {
                return error;
            }

            var phrase = string.Join(' ', words);
            if (string.Equals(string.Join(' ', replacement!.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)), phrase, StringComparison.OrdinalIgnoreCase))
            {
                return $"the replacement '{replacement.Text}' is the phrase itself";
            }

            replacements.Add(replacement);
        }

        if (fields[3].Length == 0)
        {
            return "the source is empty";
        }

        var confidence = PhrasebookEntry.DefaultConfidence;
        var inflections = Inflection.All;
        if (fields.Length == 5)
        {
            error = ParseOptions(fields[4], ref confidence, ref inflections);
            if (error is not null)
            {
                return error;
            }
        }

        entry = new PhrasebookEntry(words, head, replacements.ToImmutable(), fields[2], fields[3], confidence, inflections, sourceName, lineNumber);
        return null;
    }

    private static string? ParsePhrase(string field, out ImmutableArray<string> words, out int head)
    {
        words = [];
        head = -1;
        if (field.Length == 0)
        {
            return "the phrase is empty";
        }

        var parts = field.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var builder = ImmutableArray.CreateBuilder<string>(parts.Length);
        for (var i = 0; i < parts.Length; i++)
        {
            var word = parts[i];
            if (word[^1] == HeadMarker)
            {
                if (head >= 0)
                {
                    return "the phrase marks more than one head word with '*'";
                }

                head = i;
                word = word[..^1];
            }

            if (word.Length == 0)
            {
                return "'*' must follow the head word, with no space";
            }

            foreach (var c in word)
            {
                if (!char.IsLetterOrDigit(c) && !WordUnits.IsJoinerChar(c))
                {
                    return c == HeadMarker
                        ? "'*' may only end the head word"
                        : $"the phrase contains '{c}': a phrase holds only words (letters, digits, inner hyphens and apostrophes), because punctuation never matches inside a phrase";
                }
            }

            if (WordUnits.IsJoinerChar(word[0]) || WordUnits.IsJoinerChar(word[^1]))
            {
                return $"the word '{word}' starts or ends with a hyphen or apostrophe";
            }

            builder.Add(Normalize(word));
        }

        words = builder.ToImmutable();
        if (head < 0)
        {
            head = words.Length - 1;
        }

        return null;
    }

    private static string? ParseReplacement(string text, out PhraseReplacement? replacement)
    {
        replacement = null;
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var head = -1;
        for (var i = 0; i < parts.Length; i++)
        {
            var marker = parts[i].IndexOf(HeadMarker, StringComparison.Ordinal);
            if (marker < 0)
            {
                continue;
            }

            if (marker != parts[i].Length - 1 || marker == 0)
            {
                return $"in replacement '{text}', '*' may only end the head word";
            }

            if (head >= 0)
            {
                return $"the replacement '{text}' marks more than one head word with '*'";
            }

            head = i;
            parts[i] = parts[i][..^1];
        }

        replacement = new PhraseReplacement(string.Join(' ', parts), head < 0 ? parts.Length - 1 : head);
        return null;
    }

    private static string? ParseOptions(string field, ref double confidence, ref Inflection inflections)
    {
        foreach (var option in field.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = option.IndexOf('=', StringComparison.Ordinal);
            var key = eq < 0 ? option : option[..eq];
            var value = eq < 0 ? string.Empty : option[(eq + 1)..];
            switch (key)
            {
                case "confidence":
                    if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var c) || c is <= 0 or > 1)
                    {
                        return $"confidence must be a number above 0 and at most 1, not '{value}'";
                    }

                    confidence = c;
                    break;
                case "inflect":
                    inflections = Inflection.None;
                    foreach (var kind in value.Split(',', StringSplitOptions.RemoveEmptyEntries))
                    {
                        inflections |= kind switch
                        {
                            "none" => Inflection.None,
                            "all" => Inflection.All,
                            "s" => Inflection.Plural,
                            "ed" => Inflection.Past,
                            "ing" => Inflection.Gerund,
                            _ => (Inflection)(-1),
                        };

                        if ((int)inflections < 0)
                        {
                            return $"inflect takes none, all, or a list of s, ed, ing; not '{kind}'";
                        }
                    }

                    if (value.Length == 0)
                    {
                        return "inflect takes none, all, or a list of s, ed, ing; not ''";
                    }

                    break;
                default:
                    return $"unknown option '{key}' (known: confidence=NUMBER, inflect=none|all|s,ed,ing)";
            }
        }

        return null;
    }

    /// <summary>Lower case, with curly apostrophes and Unicode hyphens made ASCII.</summary>
    internal static string Normalize(string word) =>
        string.Create(word.Length, word, static (span, w) =>
        {
            for (var i = 0; i < w.Length; i++)
            {
                span[i] = char.ToLowerInvariant(WordUnits.Canonical(w[i]));
            }
        });
}
