namespace Proofread.Findings;

/// <summary>How serious a finding is; the order matters for <c>--fail-on</c>.</summary>
public enum Severity
{
    /// <summary>A remark; never fails a build by default.</summary>
    Info = 0,

    /// <summary>Probably wrong.</summary>
    Warning = 1,

    /// <summary>Certainly wrong.</summary>
    Error = 2,
}
