using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using Spectre.Console;
using Vigil.Core.Analysis;
using Vigil.Storage.Search;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil search QUERY [--store PATH] [--limit N] [--json]</c>: full-text search over the stored
/// (pseudonymised) posts; a table for people, JSON Lines for programs. Opens the store read-only; the
/// query is written to the access log before any result is shown.
/// </summary>
public static class SearchCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create(CliContext context)
    {
        var query = new Argument<string>("QUERY") { Description = "Words to find (all must match); \"a phrase\", prefix*, -excluded." };
        var store = StoreOption.Create();
        var limit = new Option<int>("--limit") { Description = "Maximum number of results (1–1000).", DefaultValueFactory = _ => 20, HelpName = "N" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object per result (JSON Lines) instead of a table." };
        var command = new Command("search", "Search the stored posts.") { query, store, limit, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var n = parse.GetValue(limit);
            if (n is < 1 or > 1000)
            {
                return Errors.Write(context, $"--limit must be between 1 and 1000 (got {n}).");
            }

            var target = StoreOption.Resolve(context, parse, store);
            await using var opened = await StoreOption.OpenAsync(context, target, readOnly: true, cancellationToken);
            var text = parse.GetValue(query) ?? "";
            if (opened is null || !await CliAccessLog.AppendAsync(context, target.Path, "cli:search", text, null, cancellationToken))
            {
                return Errors.Failed;
            }

            var hits = await opened.SearchAsync(text, n, null, cancellationToken);
            if (parse.GetValue(json))
            {
                foreach (var hit in hits)
                {
                    context.Out.WriteLine(JsonSerializer.Serialize(ToJson(hit), Json));
                }
            }
            else
            {
                WriteTable(context, hits);
            }

            return 0;
        });
        return command;
    }

    private static void WriteTable(CliContext context, IReadOnlyList<SearchHit> hits)
    {
        if (hits.Count == 0)
        {
            context.Console.MarkupLine("No posts match.");
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumn("post").AddColumn("date").AddColumn("lang").AddColumn("category").AddColumn("text");
        foreach (var hit in hits)
        {
            var p = hit.Post;
            table.AddRow(
                Markup.Escape($"{p.Key}\n{p.Source}"),
                (p.CreatedAt ?? p.CollectedAt).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                Markup.Escape(p.Analysis?.Language.Code ?? p.LangHint ?? "und"),
                Markup.Escape(p.Analysis?.Category.ToWire() ?? "-"),
                hit.Snippet.Mark("[bold yellow]", "[/]", Markup.Escape));
        }

        context.Console.Write(table);
        context.Console.MarkupLine($"{hits.Count} result{(hits.Count == 1 ? "" : "s")}.");
    }

    private static JsonHit ToJson(SearchHit hit)
    {
        var p = hit.Post;
        return new JsonHit(
            p.Key.Platform, p.Key.NativeId, p.Source, p.Author, p.CreatedAt, p.Analysis?.Language.Code ?? p.LangHint,
            p.Analysis?.Category.ToWire(), p.Analysis?.Confidence, p.Text, hit.Snippet.Text, p.Url, Math.Round(hit.Rank, 4));
    }

    private sealed record JsonHit(
        [property: JsonPropertyName("platform")] string Platform,
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("source")] string? Source,
        [property: JsonPropertyName("author")] string? Author,
        [property: JsonPropertyName("created_at")] DateTimeOffset? CreatedAt,
        [property: JsonPropertyName("lang")] string? Lang,
        [property: JsonPropertyName("category")] string? Category,
        [property: JsonPropertyName("confidence")] double? Confidence,
        [property: JsonPropertyName("text")] string Text,
        [property: JsonPropertyName("snippet")] string Snippet,
        [property: JsonPropertyName("url")] string? Url,
        [property: JsonPropertyName("rank")] double Rank);
}
