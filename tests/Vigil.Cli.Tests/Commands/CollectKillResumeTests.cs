using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Vigil.Testing;
using Vigil.Testing.Replay;

namespace Vigil.Cli.Tests.Commands;

/// <summary>
/// Kill-and-resume with a real process: the built <c>vigil</c> collects from a slow loopback replay and is
/// killed (SIGKILL, no clean-up) in the middle of the run; after every kill the store's cursor must match
/// exactly the posts stored (nothing committed without its cursor, no cursor without its posts), and the
/// next run must complete the timeline with no post lost and none stored twice.
/// </summary>
public sealed class CollectKillResumeTests
{
    private const string Timeline = "/api/v1/timelines/tag/resume";
    private const int Total = 45;

    [Fact]
    public async Task Collect_KilledMidRun_ResumesWithoutLossOrDuplicates()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await ReplayServer.StartAsync(ct);
        foreach (var (route, json) in MastodonTimeline.Routes(Timeline, Total, perPage: 3))
        {
            server.On(route, Reply.Json(json).After(TimeSpan.FromMilliseconds(120)));
        }

        var home = TestPaths.TempDir("vigil-kill");
        var store = Path.Combine(home, "vigil.db");
        Assert.Equal(0, (await RunAsync(home, server, ct, "watch", "add", "mastodon:example.social/tags/resume", "--store", store)).ExitCode);
        SetCursor(store, "0"); // page forwards from the start, one transaction per page

        var kills = 0;
        for (var killAfter = 6; killAfter < Total && kills < 3; killAfter += 12)
        {
            using var child = Start(home, server, "collect", "--keep-unrelated", "--store", store);
            var stopped = await WaitForCountAsync(store, killAfter, child, ct);
            if (stopped)
            {
                break; // the run finished before the kill point: nothing left to kill
            }

            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync(ct);
            kills++;
            var (count, cursor) = Snapshot(store);
            Assert.Equal(count, long.Parse(cursor ?? "0", System.Globalization.CultureInfo.InvariantCulture)); // ids 1…cursor, all stored
        }

        var final = await RunAsync(home, server, ct, "collect", "--keep-unrelated", "--store", store);

        Assert.True(kills >= 2, $"the process was killed {kills} times; the test needs at least 2 kills mid-run");
        Assert.Equal(0, final.ExitCode);
        Assert.Contains(" 0 duplicate", final.Output);
        var (total, lastCursor) = Snapshot(store);
        Assert.Equal(Total, total);
        Assert.Equal(Total.ToString(System.Globalization.CultureInfo.InvariantCulture), lastCursor);
        Assert.Equal(Total, Distinct(store));
        try
        {
            Directory.Delete(home, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private static Process Start(string home, ReplayServer server, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(typeof(CommandTree).Assembly.Location);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        info.Environment["VIGIL_HOME"] = home;
        info.Environment["VIGIL_COLLECT_URL_MASTODON"] = server.BaseAddress.ToString();
        info.Environment["VIGIL_COLLECT_ALLOW_PRIVATE"] = server.Endpoint;
        info.Environment["VIGIL_COLLECT_BATCH_POSTS"] = "3";
        info.Environment["VIGIL_COLLECT_MAX_PAGES"] = "100";
        info.Environment["NO_COLOR"] = "1";
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        return process;
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string home, ReplayServer server, CancellationToken ct, params string[] args)
    {
        using var process = Start(home, server, args);
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var error = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return (process.ExitCode, await output + await error);
    }

    /// <summary>Waits until at least <paramref name="count"/> posts are stored; true if the process ended first.</summary>
    private static async Task<bool> WaitForCountAsync(string store, int count, Process child, CancellationToken ct)
    {
        child.BeginOutputReadLine();
        child.BeginErrorReadLine();
        while (!child.HasExited)
        {
            if (File.Exists(store) && Snapshot(store).Count >= count)
            {
                return false;
            }

            await Task.Delay(20, ct);
        }

        return true;
    }

    private static (long Count, string? Cursor) Snapshot(string store)
    {
        using var connection = new SqliteConnection($"Data Source={store};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT count(*) FROM posts), (SELECT cursor FROM watches LIMIT 1)";
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1));
    }

    private static long Distinct(string store)
    {
        using var connection = new SqliteConnection($"Data Source={store};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(DISTINCT native_id) FROM posts";
        return (long)command.ExecuteScalar()!;
    }

    private static void SetCursor(string store, string cursor)
    {
        using var connection = new SqliteConnection($"Data Source={store};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE watches SET cursor = $c";
        command.Parameters.AddWithValue("$c", cursor);
        Assert.Equal(1, command.ExecuteNonQuery());
    }
}
