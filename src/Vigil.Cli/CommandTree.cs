using System.CommandLine;
using Vigil.Cli.Commands;

namespace Vigil.Cli;

/// <summary>The `vigil` command tree. Each verb lives in its own file under Commands/.</summary>
public static class CommandTree
{
    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand("Vigil: monitor public social media for migrant-smuggling content, privacy by design.");
        foreach (var command in Commands(context))
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    private static IEnumerable<Command> Commands(CliContext context)
    {
        yield return PathsCommand.Create(context);
        yield return ImportCommand.Create(context);
        yield return SearchCommand.Create(context);
        yield return StatsCommand.Create(context);
        yield return DemoCommand.Create(context);
        yield return TrainLangIdCommand.Create(context);
        yield return TrainCommand.Create(context);
        yield return EvalCommand.Create(context);
        yield return LabelCommand.Create(context);
        yield return AnalyzeCommand.Create(context);
        yield return ClustersCommand.Create(context);
        yield return NetworksCommand.Create(context);
        yield return ServeCommand.Create(context);
        yield return UserCommand.Create(context);
        yield return AuditCommand.Create(context);
        yield return PurgeCommand.Create(context);
        yield return WatchCommand.Create(context);
        yield return CollectCommand.Create(context);
        yield return ReportCommand.Create(context);
        yield return OperationCommand.Create(context);
    }
}
