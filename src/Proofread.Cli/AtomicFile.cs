namespace Proofread.Cli;

/// <summary>
/// Replaces a file's content atomically: the bytes go to a temporary file in the same directory,
/// which then takes the file's place by rename, so a reader sees the old file or the new one and
/// never a half-written one. The file's permissions are kept; a symbolic link is followed.
/// </summary>
internal static class AtomicFile
{
    public static void Replace(string path, ReadOnlySpan<byte> bytes)
    {
        var target = new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(target) ?? ".";
        var temporary = Path.Combine(directory, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.proofread.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(target));
            }

            File.Move(temporary, target, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: the error that matters is the one being rethrown.
        }
    }
}
