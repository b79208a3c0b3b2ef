namespace Proofread.Configuration;

/// <summary>A place in a config file: 1-based line and column (0 when the whole file is meant).</summary>
/// <param name="File">The config file as shown to the user (relative to the working directory when inside it).</param>
/// <param name="Line">1-based line, or 0.</param>
/// <param name="Column">1-based column, or 0.</param>
public readonly record struct ConfigPosition(string File, int Line, int Column)
{
    /// <summary><c>file:line:col</c>, or just <c>file</c> when there is no line.</summary>
    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}" : File;
}

/// <summary>One thing wrong with a config file, and where.</summary>
public sealed record ConfigError(ConfigPosition Position, string Message)
{
    /// <summary><c>file:line:col: what is wrong</c>.</summary>
    public override string ToString() => $"{Position}: {Message}";
}

/// <summary>A config file that cannot be used; <see cref="Errors"/> says where and why, one line each.</summary>
public sealed class ConfigException : Exception
{
    /// <summary>Creates the exception from one or more errors.</summary>
    public ConfigException(IReadOnlyList<ConfigError> errors)
        : base(string.Join('\n', errors))
    {
        Errors = errors;
    }

    /// <summary>Creates the exception from one error.</summary>
    public ConfigException(ConfigError error)
        : this([error])
    {
    }

    /// <summary>Creates the exception with a plain message (no position).</summary>
    public ConfigException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a plain message (no position).</summary>
    public ConfigException(string message)
        : this([new ConfigError(new ConfigPosition(string.Empty, 0, 0), message)])
    {
    }

    /// <summary>Creates the exception with a plain message (no position).</summary>
    public ConfigException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new ConfigError(new ConfigPosition(string.Empty, 0, 0), message)];
    }

    /// <summary>What is wrong, in file order.</summary>
    public IReadOnlyList<ConfigError> Errors { get; }
}
