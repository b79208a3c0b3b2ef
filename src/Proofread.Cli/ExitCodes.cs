namespace Proofread.Cli;

/// <summary>The process exit codes; when several apply, the highest wins.</summary>
internal static class ExitCodes
{
    /// <summary>Nothing at or above <c>--fail-on</c>.</summary>
    public const int Success = 0;

    /// <summary>Findings at or above <c>--fail-on</c>.</summary>
    public const int Findings = 1;

    /// <summary>A usage error, or a file that could not be read or written.</summary>
    public const int Error = 2;
}
