using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Vigil.Reports.Pdf;
using Vigil.Reports.Rendering;
using Vigil.Reports.Strategic;
using Vigil.Reports.Suppression;
using Vigil.Storage.Audit;
using Vigil.Storage.Search;
using Vigil.Web.Hosting;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil report --from DATE --to DATE [--store] [--out FILE.html] [--pdf FILE.pdf] [--k N] [--synthetic] [--by NAME]</c>:
/// the strategic report (anonymised aggregates with small-cell suppression) as self-contained HTML and,
/// when Chromium is present, PDF. Its creation is written to the access log as a disclosure.
/// </summary>
public static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var store = StoreOption.Create();
        var from = new Option<string>("--from") { Description = "First day of the period (UTC, yyyy-MM-dd).", Required = true, HelpName = "DATE" };
        var to = new Option<string>("--to") { Description = "Last day of the period, included (UTC, yyyy-MM-dd).", Required = true, HelpName = "DATE" };
        var output = new Option<string?>("--out") { Description = "The HTML file to write (default: vigil-report-FROM-TO.html here).", HelpName = "FILE" };
        var pdf = new Option<string?>("--pdf") { Description = "Also print the report to this PDF (needs Chromium: VIGIL_CHROMIUM or /usr/bin/chromium).", HelpName = "FILE" };
        var k = new Option<int>("--k") { Description = "Suppression threshold: counts below k are not published.", DefaultValueFactory = _ => SmallCellSuppressor.DefaultThreshold, HelpName = "N" };
        var synthetic = new Option<bool>("--synthetic") { Description = "Mark the report as made from the synthetic demo corpus." };
        var by = new Option<string?>("--by") { Description = "Who creates the report, for the access log (default: the system user).", HelpName = "NAME" };
        var command = new Command("report", "Write the strategic report (anonymised trends, routes and prices) for a period as HTML and PDF.") { store, from, to, output, pdf, k, synthetic, by };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!TryDay(parse.GetValue(from), out var first) || !TryDay(parse.GetValue(to), out var last))
            {
                return Errors.Write(context, "--from and --to must be dates written yyyy-MM-dd, e.g. --from 2026-09-01 --to 2026-11-19.");
            }

            var request = new ReportRequest(first, last, parse.GetValue(k), parse.GetValue(synthetic));
            if (request.Problem is { } problem)
            {
                return Errors.Write(context, problem);
            }

            var target = StoreOption.Resolve(context, parse, store);
            await using var opened = await StoreOption.OpenAsync(context, target, readOnly: true, cancellationToken);
            if (opened is null)
            {
                return Errors.Failed;
            }

            var who = parse.GetValue(by) is { Length: > 0 } name ? name : Environment.UserName;
            var report = await new StrategicReportBuilder(context.Clock).BuildAsync(
                opened.ScanAsync(SearchFilters.None, cancellationToken), await opened.MinimisedCountsAsync(cancellationToken), request, who, ClassifierManifest.LoadEmbedded(), cancellationToken);
            var html = ReportHtml.Render(report);
            var htmlPath = Path.GetFullPath(parse.GetValue(output) is { Length: > 0 } o ? o : $"vigil-report-{first:yyyyMMdd}-{last:yyyyMMdd}.html");
            var pdfPath = parse.GetValue(pdf) is { Length: > 0 } p ? Path.GetFullPath(p) : null;

            // The disclosure is logged before anything leaves Vigil: a report on disk without its log entry would be a gap.
            var log = await AccessLog.OpenAsync(VigilWebOptions.SecurityPathFor(target.Path), context.Clock, cancellationToken);
            await log.AppendAsync(who, "disclose:strategic-report", $"period {first:yyyy-MM-dd}..{last:yyyy-MM-dd}", $"k={request.Threshold}; html={htmlPath}" + (pdfPath is null ? "" : $"; pdf={pdfPath}"), cancellationToken);

            Directory.CreateDirectory(Path.GetDirectoryName(htmlPath)!);
            await File.WriteAllTextAsync(htmlPath, html, cancellationToken);
            var suppressed = report.ByCategory.SuppressedCount + report.ByLanguage.SuppressedCount + report.ByPlatform.SuppressedCount + report.Routes.SuppressedCount;
            context.Console.MarkupLine($"Strategic report {first:yyyy-MM-dd} to {last:yyyy-MM-dd} written to [blue]{Markup.Escape(htmlPath)}[/] (k = {request.Threshold}; {suppressed} table counts suppressed).");
            if (pdfPath is not null)
            {
                var printed = await PdfPrinter.PrintAsync(html, pdfPath, PdfPrinter.ChromiumPath(Environment.GetEnvironmentVariable("VIGIL_CHROMIUM")), cancellationToken);
                if (printed.Written)
                {
                    context.Console.MarkupLine($"PDF written to [blue]{Markup.Escape(pdfPath)}[/].");
                }
                else
                {
                    await context.Error.WriteLineAsync($"warning: {printed.Problem}");
                }
            }

            context.Console.MarkupLine("The report's creation was recorded in the access log (check it with [blue]./vigil audit verify[/]).");
            return 0;
        });
        return command;
    }

    private static bool TryDay(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
