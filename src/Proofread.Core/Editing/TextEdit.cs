using Proofread.Text;

namespace Proofread.Editing;

/// <summary>Replace the text at <see cref="Span"/> with <see cref="NewText"/>.</summary>
public readonly record struct TextEdit(TextSpan Span, string NewText);
