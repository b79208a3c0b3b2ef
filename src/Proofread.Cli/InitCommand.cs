using System.CommandLine;
using System.Text;
using Proofread.Configuration;

namespace Proofread.Cli;

/// <summary><c>proofread init [DIR] [--force]</c>: writes a commented starter <c>.proofread.yml</c>.</summary>
internal static class InitCommand
{
    public static Command Create(CliHost host)
    {
        var directory = new Argument<string>("DIR")
        {
            Description = "Where to write .proofread.yml (default: the current directory).",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => ".",
        };
        var force = new Option<bool>("--force") { Description = "Overwrite an existing .proofread.yml." };
        var init = new Command("init", "Write a commented starter .proofread.yml with every setting at its default.") { directory, force };
        init.SetAction(parseResult =>
        {
            var folder = Path.GetFullPath(parseResult.GetValue(directory) ?? ".", host.WorkingDirectory);
            var target = Path.Combine(folder, ConfigLoader.FileName);
            var shown = Path.GetRelativePath(host.WorkingDirectory, target);
            if (!Directory.Exists(folder))
            {
                host.Error.Write($"proofread: {parseResult.GetValue(directory)}: no such directory\n");
                return ExitCodes.Error;
            }

            var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(StarterConfig.Text);
            if (File.Exists(target))
            {
                if (!parseResult.GetValue(force))
                {
                    host.Error.Write($"proofread: {shown} already exists; --force overwrites it\n");
                    return ExitCodes.Error;
                }

                AtomicFile.Replace(target, bytes);
            }
            else
            {
                using var stream = new FileStream(target, FileMode.CreateNew, FileAccess.Write);
                stream.Write(bytes);
            }

            host.Out.Write($"Wrote {shown}\n");
            return ExitCodes.Success;
        });
        return init;
    }
}
