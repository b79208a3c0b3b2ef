using System.Diagnostics;

namespace Proofread.Testing;

/// <summary>Runs patch and git on real files in a temporary directory.</summary>
internal static class ExternalTools
{
    /// <summary>Runs a program; returns its exit code and combined output.</summary>
    public static (int ExitCode, string Output) Run(string directory, string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr);
    }

    /// <summary>
    /// Writes <paramref name="original"/> as <paramref name="relativePath"/> in a fresh directory,
    /// applies <paramref name="diff"/> with <c>patch -p1</c> (tool "patch") or <c>git apply</c>
    /// (tool "git"), and returns the file's bytes afterwards.
    /// </summary>
    public static byte[] ApplyWith(string tool, string relativePath, byte[] original, byte[] diff)
    {
        var directory = Directory.CreateTempSubdirectory("proofread-patch-").FullName;
        try
        {
            var file = Path.Combine(directory, relativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllBytes(file, original);
            var patchFile = Path.Combine(directory, "change.patch");
            File.WriteAllBytes(patchFile, diff);
            var (exitCode, output) = tool == "git"
                ? Run(directory, "git", "apply", "--whitespace=nowarn", "change.patch")
                : Run(directory, "patch", "-p1", "--batch", "--no-backup-if-mismatch", "-i", "change.patch");
            Assert.True(exitCode == 0, $"{tool} failed ({exitCode}): {output}");
            return File.ReadAllBytes(file);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
