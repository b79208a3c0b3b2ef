namespace Proofread.Rules;

/// <summary>One problem in a rule pack, with its position.</summary>
/// <param name="File">The pack file.</param>
/// <param name="Line">1-based line (0 when the whole file is at fault).</param>
/// <param name="Message">What is wrong.</param>
public sealed record RulePackError(string File, int Line, string Message)
{
    /// <summary><c>file:line: what is wrong</c>.</summary>
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}

/// <summary>A rule pack could not be read or is malformed; <see cref="Errors"/> says where and why.</summary>
public sealed class RulePackException : Exception
{
    /// <summary>Creates the exception from the errors found.</summary>
    public RulePackException(IReadOnlyList<RulePackError> errors)
        : base(string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
    }

    /// <summary>Creates the exception (serialisation pattern; prefer the list constructor).</summary>
    public RulePackException()
        : this([])
    {
    }

    /// <summary>Creates the exception with one message.</summary>
    public RulePackException(string message)
        : this([new RulePackError("", 0, message)])
    {
    }

    /// <summary>Creates the exception with one message and a cause.</summary>
    public RulePackException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new RulePackError("", 0, message)];
    }

    /// <summary>Every problem found, in file order.</summary>
    public IReadOnlyList<RulePackError> Errors { get; }
}
