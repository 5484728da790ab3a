using System.CommandLine;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil paths</c>: where the default store and the pseudonymisation key live.</summary>
public static class PathsCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("paths", "Show where Vigil keeps its default store and key file.");
        command.SetAction(_ =>
        {
            context.Out.WriteLine($"home:  {context.Paths.Home}");
            context.Out.WriteLine($"store: {context.Paths.DefaultStore}");
            context.Out.WriteLine($"key:   {context.Paths.KeyFile}");
            return 0;
        });
        return command;
    }
}
