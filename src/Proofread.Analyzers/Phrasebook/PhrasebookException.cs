using System.Collections.Immutable;

namespace Proofread.Analyzers.Phrasebook;

/// <summary>One problem in a phrasebook file, positioned for the user.</summary>
/// <param name="SourceName">The file (or resource) name.</param>
/// <param name="Line">The 1-based line, or 0 when the problem concerns the whole file.</param>
/// <param name="Description">What is wrong, in a few words.</param>
public sealed record PhrasebookError(string SourceName, int Line, string Description)
{
    /// <summary>"file:line: what is wrong" (or "file: what is wrong" for a whole-file problem).</summary>
    public override string ToString() => Line > 0 ? $"{SourceName}:{Line}: {Description}" : $"{SourceName}: {Description}";
}

/// <summary>
/// A phrasebook could not be read. <see cref="Exception.Message"/> holds one
/// "file:line: what is wrong" line per problem, ready to show the user as it is.
/// </summary>
public sealed class PhrasebookException : Exception
{
    /// <summary>Creates the exception for one or more problems.</summary>
    public PhrasebookException(IEnumerable<PhrasebookError> errors)
        : this([.. errors], null)
    {
    }

    /// <summary>Creates the exception for a whole-file problem caused by <paramref name="inner"/>.</summary>
    public PhrasebookException(PhrasebookError error, Exception? inner)
        : this([error], inner)
    {
    }

    /// <summary>Creates the exception with a plain message.</summary>
    public PhrasebookException()
        : this([new PhrasebookError("<phrasebook>", 0, "invalid phrasebook")], null)
    {
    }

    /// <summary>Creates the exception with a plain message.</summary>
    public PhrasebookException(string message)
        : this([new PhrasebookError("<phrasebook>", 0, message)], null)
    {
    }

    /// <summary>Creates the exception with a plain message and cause.</summary>
    public PhrasebookException(string message, Exception innerException)
        : this([new PhrasebookError("<phrasebook>", 0, message)], innerException)
    {
    }

    private PhrasebookException(ImmutableArray<PhrasebookError> errors, Exception? inner)
        : base(string.Join('\n', errors), inner)
    {
        if (errors.IsEmpty)
        {
            throw new ArgumentException("Give at least one error.", nameof(errors));
        }

        Errors = errors;
    }

    /// <summary>Every problem found, in file order.</summary>
    public ImmutableArray<PhrasebookError> Errors { get; }
}
