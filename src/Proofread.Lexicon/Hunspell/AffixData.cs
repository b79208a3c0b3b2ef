using System.Globalization;
using System.Text;

namespace Proofread.Lexicon.Hunspell;

/// <summary>How an .aff file writes flags.</summary>
internal enum FlagMode
{
    /// <summary>One character per flag (the default).</summary>
    Char,

    /// <summary>Two characters per flag (FLAG long).</summary>
    Long,

    /// <summary>Comma-separated decimal numbers (FLAG num).</summary>
    Num,

    /// <summary>One Unicode code point per flag (FLAG UTF-8).</summary>
    Utf8,
}

/// <summary>One PFX or SFX rule line.</summary>
internal sealed class AffixEntry
{
    public required int Flag { get; init; }

    public required bool IsPrefix { get; init; }

    public required bool CrossProduct { get; init; }

    public required string Strip { get; init; }

    public required string Append { get; init; }

    public required int[] ContinuationFlags { get; init; }

    public required AffixCondition Condition { get; init; }

    /// <summary>Whether the rule applies to <paramref name="stem"/>: strip matches and the condition holds.</summary>
    public bool Applies(string stem)
    {
        if (stem.Length < Strip.Length || (Strip.Length == stem.Length && Append.Length == 0))
        {
            return false;
        }

        return IsPrefix
            ? stem.StartsWith(Strip, StringComparison.Ordinal) && Condition.MatchesStart(stem)
            : stem.EndsWith(Strip, StringComparison.Ordinal) && Condition.MatchesEnd(stem);
    }

    public string Apply(string stem) =>
        IsPrefix ? string.Concat(Append, stem.AsSpan(Strip.Length)) : string.Concat(stem.AsSpan(0, stem.Length - Strip.Length), Append);
}

// Small classes rather than tuples: List<T> of a reference type runs on shared code that
// ReadyToRun has precompiled, while List<ValueTuple<...>> is JIT-compiled at every start.

/// <summary>One position of an affix condition: a character set, negated or not, or any character.</summary>
internal sealed record ConditionPart(string Chars, bool Negated, bool Any);

/// <summary>One element of a COMPOUNDRULE: a flag and an optional '*' or '?' quantifier ('\0' for none).</summary>
internal sealed record CompoundRuleItem(int Flag, char Quantifier);

/// <summary>An affix condition: a sequence of single characters, "." or [sets] / [^sets].</summary>
internal sealed class AffixCondition
{
    private readonly ConditionPart[] _parts;

    private AffixCondition(ConditionPart[] parts) => _parts = parts;

    public static AffixCondition Parse(string pattern)
    {
        var parts = new List<ConditionPart>();
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '.')
            {
                parts.Add(new ConditionPart("", false, true));
            }
            else if (c == '[')
            {
                var end = pattern.IndexOf(']', i + 1);
                if (end < 0)
                {
                    end = pattern.Length;
                }

                var negated = i + 1 < pattern.Length && pattern[i + 1] == '^';
                var start = i + (negated ? 2 : 1);
                parts.Add(new ConditionPart(pattern[start..Math.Min(end, pattern.Length)], negated, false));
                i = end;
            }
            else
            {
                parts.Add(new ConditionPart(c.ToString(), false, false));
            }
        }

        // A lone "." means no condition at all.
        if (parts.Count == 1 && parts[0].Any)
        {
            parts.Clear();
        }

        return new AffixCondition([.. parts]);
    }

    public bool MatchesEnd(string word)
    {
        if (_parts.Length > word.Length)
        {
            return false;
        }

        var offset = word.Length - _parts.Length;
        for (var i = 0; i < _parts.Length; i++)
        {
            if (!Matches(_parts[i], word[offset + i]))
            {
                return false;
            }
        }

        return true;
    }

    public bool MatchesStart(string word)
    {
        if (_parts.Length > word.Length)
        {
            return false;
        }

        for (var i = 0; i < _parts.Length; i++)
        {
            if (!Matches(_parts[i], word[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Matches(ConditionPart part, char c) =>
        part.Any || (part.Chars.Contains(c, StringComparison.Ordinal) != part.Negated);
}

/// <summary>The settings of an .aff file that this module understands.</summary>
internal sealed class AffixData
{
    private bool _compoundRuleCountSeen;

    public Encoding Encoding { get; private set; } = Encoding.Latin1;

    public FlagMode FlagMode { get; private set; } = FlagMode.Char;

    public string Try { get; private set; } = "";

    public string WordChars { get; private set; } = "";

    public List<string> KeyRows { get; } = [];

    public List<(string From, string To)> Replacements { get; } = [];

    public List<(string From, string To)> InputConversions { get; } = [];

    public List<(string From, string To)> OutputConversions { get; } = [];

    public List<string> Breaks { get; } = [];

    public bool BreaksSet { get; private set; }

    public int ForbiddenWord { get; private set; } = -1;

    public int NoSuggest { get; private set; } = -1;

    public int KeepCase { get; private set; } = -1;

    public int NeedAffix { get; private set; } = -1;

    public int OnlyInCompound { get; private set; } = -1;

    public int CompoundMin { get; private set; } = 3;

    /// <summary>COMPOUNDRULE patterns as (flag, quantifier) items; quantifier is '\0', '*' or '?'.</summary>
    public List<CompoundRuleItem[]> CompoundRules { get; } = [];

    public Dictionary<int, List<AffixEntry>> Prefixes { get; } = [];

    public Dictionary<int, List<AffixEntry>> Suffixes { get; } = [];

    /// <summary>Reads an .aff file. The encoding is taken from its SET line (read as Latin-1 until then).</summary>
    public static AffixData Parse(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.ToArray();
        var data = new AffixData();
        data.Encoding = DetectEncoding(bytes);
        var text = data.Encoding.GetString(bytes);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var fields = Fields(lines[i]);
            if (fields.Length == 0)
            {
                continue;
            }

            switch (fields[0])
            {
                case "FLAG" when fields.Length > 1:
                    data.FlagMode = fields[1] switch
                    {
                        "long" => FlagMode.Long,
                        "num" => FlagMode.Num,
                        "UTF-8" => FlagMode.Utf8,
                        _ => FlagMode.Char,
                    };
                    break;
                case "TRY" when fields.Length > 1:
                    data.Try = fields[1];
                    break;
                case "WORDCHARS" when fields.Length > 1:
                    data.WordChars = fields[1];
                    break;
                case "KEY" when fields.Length > 1:
                    data.KeyRows.AddRange(fields[1].Split('|'));
                    break;
                case "FORBIDDENWORD" when fields.Length > 1:
                    data.ForbiddenWord = data.ParseFlag(fields[1]);
                    break;
                case "NOSUGGEST" when fields.Length > 1:
                    data.NoSuggest = data.ParseFlag(fields[1]);
                    break;
                case "KEEPCASE" when fields.Length > 1:
                    data.KeepCase = data.ParseFlag(fields[1]);
                    break;
                case "NEEDAFFIX" or "PSEUDOROOT" when fields.Length > 1:
                    data.NeedAffix = data.ParseFlag(fields[1]);
                    break;
                case "ONLYINCOMPOUND" when fields.Length > 1:
                    data.OnlyInCompound = data.ParseFlag(fields[1]);
                    break;
                case "COMPOUNDMIN" when fields.Length > 1:
                    data.CompoundMin = Math.Max(1, int.Parse(fields[1], CultureInfo.InvariantCulture));
                    break;
                case "COMPOUNDRULE" when fields.Length > 1:
                    if (!data._compoundRuleCountSeen && IsCountLine(fields))
                    {
                        data._compoundRuleCountSeen = true; // the count line; the rules follow
                        break;
                    }

                    data.CompoundRules.Add(data.ParseCompoundRule(fields[1]));
                    break;
                case "REP" when fields.Length > 2:
                    data.Replacements.Add((fields[1].Replace('_', ' '), fields[2].Replace('_', ' ')));
                    break;
                case "ICONV" when fields.Length > 2:
                    data.InputConversions.Add((fields[1].Replace('_', ' '), fields[2].Replace('_', ' ')));
                    break;
                case "OCONV" when fields.Length > 2:
                    data.OutputConversions.Add((fields[1].Replace('_', ' '), fields[2].Replace('_', ' ')));
                    break;
                case "BREAK" when fields.Length > 1:
                    if (!data.BreaksSet)
                    {
                        data.BreaksSet = true; // the count line
                        break;
                    }

                    data.Breaks.Add(fields[1]);
                    break;
                case "PFX" or "SFX" when fields.Length > 3:
                    i = data.ParseAffixGroup(lines, i, fields);
                    break;
            }
        }

        if (!data.BreaksSet)
        {
            data.Breaks.AddRange(["-", "^-", "-$"]);
        }

        return data;
    }

    private static bool IsCountLine(string[] fields) => fields.Length == 2 && fields[1].All(char.IsAsciiDigit);

    private int ParseAffixGroup(string[] lines, int header, string[] fields)
    {
        var isPrefix = fields[0] == "PFX";
        var flag = ParseFlag(fields[1]);
        var cross = fields[2] == "Y";
        var count = int.Parse(fields[3], CultureInfo.InvariantCulture);
        var table = isPrefix ? Prefixes : Suffixes;
        if (!table.TryGetValue(flag, out var list))
        {
            list = [];
            table[flag] = list;
        }

        var i = header;
        var read = 0;
        while (read < count && i + 1 < lines.Length)
        {
            i++;
            var f = Fields(lines[i]);
            if (f.Length == 0)
            {
                continue;
            }

            read++;
            if (f.Length < 4 || f[0] != fields[0])
            {
                continue;
            }

            var strip = f[2] == "0" ? "" : f[2];
            var append = f[3];
            var continuation = Array.Empty<int>();
            var slash = append.IndexOf('/');
            if (slash >= 0)
            {
                continuation = ParseFlags(append[(slash + 1)..]);
                append = append[..slash];
            }

            if (append == "0")
            {
                append = "";
            }

            list.Add(new AffixEntry
            {
                Flag = flag,
                IsPrefix = isPrefix,
                CrossProduct = cross,
                Strip = strip,
                Append = append,
                ContinuationFlags = continuation,
                Condition = AffixCondition.Parse(f.Length > 4 ? f[4] : "."),
            });
        }

        return i;
    }

    private CompoundRuleItem[] ParseCompoundRule(string rule)
    {
        var items = new List<CompoundRuleItem>();
        var i = 0;
        while (i < rule.Length)
        {
            int flag;
            if (rule[i] == '(')
            {
                var end = rule.IndexOf(')', i);
                flag = ParseFlag(rule[(i + 1)..end]);
                i = end + 1;
            }
            else
            {
                var width = FlagMode == FlagMode.Long ? 2 : char.IsHighSurrogate(rule[i]) ? 2 : 1;
                flag = ParseFlag(rule.Substring(i, Math.Min(width, rule.Length - i)));
                i += width;
            }

            var quantifier = '\0';
            if (i < rule.Length && rule[i] is '*' or '?')
            {
                quantifier = rule[i];
                i++;
            }

            items.Add(new CompoundRuleItem(flag, quantifier));
        }

        return [.. items];
    }

    /// <summary>Parses one flag written alone.</summary>
    public int ParseFlag(string text)
    {
        var flags = ParseFlags(text);
        return flags.Length > 0 ? flags[0] : -1;
    }

    /// <summary>Parses a flag string as it follows a slash in the .dic file.</summary>
    public int[] ParseFlags(string text)
    {
        if (text.Length == 0)
        {
            return [];
        }

        var flags = new List<int>(text.Length);
        switch (FlagMode)
        {
            case FlagMode.Long:
                for (var i = 0; i + 1 < text.Length; i += 2)
                {
                    flags.Add((text[i] << 16) | text[i + 1]);
                }

                break;
            case FlagMode.Num:
                foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries))
                {
                    if (int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                    {
                        flags.Add(n);
                    }
                }

                break;
            case FlagMode.Utf8:
                for (var i = 0; i < text.Length; i++)
                {
                    flags.Add(char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? char.ConvertToUtf32(text[i], text[++i]) : text[i]);
                }

                break;
            default:
                foreach (var c in text)
                {
                    flags.Add(c);
                }

                break;
        }

        return [.. flags];
    }

    private static Encoding DetectEncoding(byte[] bytes)
    {
        // The SET line is ASCII in every encoding Hunspell supports.
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        foreach (var line in head.Split('\n'))
        {
            var f = Fields(line);
            if (f.Length > 1 && f[0] == "SET")
            {
                return f[1].ToUpperInvariant() switch
                {
                    "UTF-8" => new UTF8Encoding(false),
                    "ISO8859-1" or "ISO-8859-1" => Encoding.Latin1,
                    _ => Encoding.Latin1,
                };
            }
        }

        return Encoding.Latin1;
    }

    private static string[] Fields(string line)
    {
        var trimmed = line.TrimEnd('\r');
        if (trimmed.Length == 0 || trimmed[0] == '#')
        {
            return [];
        }

        return trimmed.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
    }
}
