using System.Collections.Immutable;
using System.Globalization;
using Proofread.Text;

namespace Proofread.Evaluation;

/// <summary>
/// Reads truth files: <c>offset&lt;TAB&gt;length&lt;TAB&gt;spun&lt;TAB&gt;original[|alternative…]</c>, one
/// substitution a line, offsets in UTF-16 units of the spun text; <c>#</c> starts a comment.
/// </summary>
public static class TruthFile
{
    /// <summary>Parses <paramref name="content"/> and checks each line against <paramref name="spunText"/>.</summary>
    /// <exception cref="FormatException">A line is malformed or does not match the spun text (message: "file:line: reason").</exception>
    public static ImmutableArray<Substitution> Parse(string content, string spunText, string sourceName)
    {
        var result = ImmutableArray.CreateBuilder<Substitution>();
        var lines = content.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 4
                || !int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
                || !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var length))
            {
                throw new FormatException($"{sourceName}:{i + 1}: expected offset<TAB>length<TAB>spun<TAB>original");
            }

            if (offset + length > spunText.Length || !string.Equals(spunText.Substring(offset, length), fields[2], StringComparison.Ordinal))
            {
                throw new FormatException($"{sourceName}:{i + 1}: the spun text at {offset}+{length} is not '{fields[2]}'");
            }

            result.Add(new Substitution(new TextSpan(offset, length), fields[2], [.. fields[3].Split('|')]));
        }

        return result.ToImmutable();
    }
}
