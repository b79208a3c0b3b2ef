using System.Globalization;
using System.Text;

namespace Proofread.Testing;

/// <summary>
/// A strict unified-diff applier for tests: every context and removed line must match the
/// original exactly (line endings included), or it throws. Lines end after LF, as for patch.
/// </summary>
internal static class UnifiedPatch
{
    /// <summary>Splits a multi-file diff into (path after "b/", that file's diff).</summary>
    public static List<(string Path, string Diff)> SplitFiles(string diff)
    {
        var files = new List<(string, StringBuilder)>();
        var lines = Lines(diff);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.StartsWith("--- ", StringComparison.Ordinal) && i + 1 < lines.Count && lines[i + 1].StartsWith("+++ b/", StringComparison.Ordinal))
            {
                files.Add((lines[i + 1]["+++ b/".Length..].TrimEnd('\n'), new StringBuilder()));
            }

            if (files.Count == 0)
            {
                throw new FormatException($"Text before the first file header: {line}");
            }

            files[^1].Item2.Append(line);
        }

        return files.ConvertAll(f => (f.Item1, f.Item2.ToString()));
    }

    /// <summary>Applies the hunks of one file's diff to <paramref name="original"/>.</summary>
    public static string Apply(string original, string diff)
    {
        var source = Lines(original);
        var lines = Lines(diff);
        var output = new StringBuilder();
        var position = 0;
        var i = 0;
        while (i < lines.Count && !lines[i].StartsWith("@@", StringComparison.Ordinal))
        {
            i++;
        }

        while (i < lines.Count)
        {
            var header = lines[i++];
            var parts = header.Split(' ');
            var oldStart = int.Parse(parts[1][1..].Split(',')[0], CultureInfo.InvariantCulture);
            var oldCount = parts[1].Contains(',', StringComparison.Ordinal) ? int.Parse(parts[1].Split(',')[1], CultureInfo.InvariantCulture) : 1;
            var startIndex = oldCount == 0 ? oldStart : oldStart - 1;
            if (startIndex < position)
            {
                throw new FormatException($"Hunk goes backwards: {header}");
            }

            while (position < startIndex)
            {
                output.Append(source[position++]);
            }

            var body = new List<(char Marker, string Text)>();
            while (i < lines.Count && !lines[i].StartsWith("@@", StringComparison.Ordinal))
            {
                var line = lines[i++];
                if (line.StartsWith('\\'))
                {
                    var (marker, text) = body[^1];
                    body[^1] = (marker, text.EndsWith('\n') ? text[..^1] : throw new FormatException("Marker after a line without LF."));
                    continue;
                }

                body.Add((line[0], line[1..]));
            }

            var removed = 0;
            foreach (var (marker, text) in body)
            {
                switch (marker)
                {
                    case ' ' or '-':
                        if (position >= source.Count || !string.Equals(source[position], text, StringComparison.Ordinal))
                        {
                            throw new FormatException($"Line {position + 1} does not match: expected {Escape(text)}, found {(position < source.Count ? Escape(source[position]) : "end of file")}");
                        }

                        if (marker == ' ')
                        {
                            output.Append(text);
                        }

                        position++;
                        removed++;
                        break;
                    case '+':
                        output.Append(text);
                        break;
                    default:
                        throw new FormatException($"Unknown line marker '{marker}'.");
                }
            }

            if (removed != oldCount)
            {
                throw new FormatException($"Hunk {header.Trim()} covers {removed} old lines.");
            }
        }

        while (position < source.Count)
        {
            output.Append(source[position++]);
        }

        return output.ToString();
    }

    private static List<string> Lines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline + 1;
            lines.Add(text[start..end]);
            start = end;
        }

        return lines;
    }

    private static string Escape(string text) => "\"" + text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
}
