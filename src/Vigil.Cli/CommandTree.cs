using System.CommandLine;
using Vigil.Cli.Commands;

namespace Vigil.Cli;

/// <summary>The `vigil` command tree. Each verb lives in its own file under Commands/.</summary>
public static class CommandTree
{
    /// <summary>Every verb, by name, with the factory that builds it.</summary>
    private static readonly (string Name, Func<CliContext, Command> Create)[] Verbs =
    [
        ("paths", PathsCommand.Create),
        ("import", ImportCommand.Create),
        ("search", SearchCommand.Create),
        ("stats", StatsCommand.Create),
        ("demo", DemoCommand.Create),
        ("train-langid", TrainLangIdCommand.Create),
        ("train", TrainCommand.Create),
        ("eval", EvalCommand.Create),
        ("label", LabelCommand.Create),
        ("analyze", AnalyzeCommand.Create),
        ("clusters", ClustersCommand.Create),
        ("networks", NetworksCommand.Create),
        ("serve", ServeCommand.Create),
        ("user", UserCommand.Create),
        ("audit", AuditCommand.Create),
        ("purge", PurgeCommand.Create),
        ("watch", WatchCommand.Create),
        ("collect", CollectCommand.Create),
        ("report", ReportCommand.Create),
        ("operation", OperationCommand.Create),
    ];

    /// <summary>The whole tree (help lists every verb).</summary>
    public static RootCommand Build(CliContext context) => Build(context, []);

    /// <summary>
    /// The tree for <paramref name="args"/>: when the first argument names a verb, only that verb is built (a batch
    /// `vigil analyze` then never loads the assemblies of the store, web and collection verbs); otherwise all of them.
    /// </summary>
    public static RootCommand Build(CliContext context, IReadOnlyList<string> args)
    {
        var root = new RootCommand("Vigil: monitor public social media for migrant-smuggling content, privacy by design.");
        var named = args.Count > 0 ? Array.FindIndex(Verbs, v => v.Name == args[0]) : -1;
        foreach (var (_, create) in named >= 0 ? Verbs[named..(named + 1)] : Verbs)
        {
            root.Subcommands.Add(create(context));
        }

        return root;
    }
}
