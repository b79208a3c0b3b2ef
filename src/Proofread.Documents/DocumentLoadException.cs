namespace Proofread.Documents;

/// <summary>A file could not be read as a document; the message is one line naming the file.</summary>
public sealed class DocumentLoadException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DocumentLoadException(string path, string reason, Exception? inner = null)
        : base($"{path}: {reason}", inner)
    {
        FilePath = path;
        Reason = reason;
    }

    /// <summary>The path that failed.</summary>
    public string FilePath { get; }

    /// <summary>Why it failed, without the path.</summary>
    public string Reason { get; }
}
