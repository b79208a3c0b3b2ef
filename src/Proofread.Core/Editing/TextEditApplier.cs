using System.Text;

namespace Proofread.Editing;

/// <summary>Applies non-overlapping edits to a text; nothing outside the edits changes.</summary>
public static class TextEditApplier
{
    /// <summary>Applies <paramref name="edits"/> (any order, no overlaps) to <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentException">Edits overlap or fall outside the text.</exception>
    public static string Apply(string text, IEnumerable<TextEdit> edits)
    {
        var sorted = edits.OrderBy(e => e.Span.Start).ThenBy(e => e.Span.Length).ToList();
        if (sorted.Count == 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 64);
        var position = 0;
        foreach (var edit in sorted)
        {
            if (edit.Span.Start < position || edit.Span.End > text.Length)
            {
                throw new ArgumentException($"Edit {edit.Span} overlaps another edit or falls outside the text.", nameof(edits));
            }

            builder.Append(text, position, edit.Span.Start - position).Append(edit.NewText);
            position = edit.Span.End;
        }

        return builder.Append(text, position, text.Length - position).ToString();
    }
}
