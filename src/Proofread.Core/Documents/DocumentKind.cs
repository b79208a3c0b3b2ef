namespace Proofread.Documents;

/// <summary>How a document's text is laid out, which decides what counts as prose.</summary>
public enum DocumentKind
{
    /// <summary>Plain text: everything is prose; paragraphs are separated by blank lines.</summary>
    PlainText,

    /// <summary>CommonMark Markdown: code, HTML, URLs and front matter are not prose.</summary>
    Markdown,
}
