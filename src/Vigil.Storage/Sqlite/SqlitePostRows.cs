using Microsoft.Data.Sqlite;
using Vigil.Core.Analysis;
using Vigil.Core.Posts;
using Vigil.Storage.Serialization;

namespace Vigil.Storage.Sqlite;

/// <summary>Maps <see cref="StoredPost"/> to and from a row of the <c>posts</c> table.</summary>
internal static class SqlitePostRows
{
    public const string Columns =
        "p.platform, p.native_id, p.source, p.author, p.text, p.lang_hint, p.created_at, p.collected_at, p.url, " +
        "p.views, p.likes, p.shares, p.replies, p.media_count, p.reply_to, p.forwarded_from, " +
        "p.lang, p.lang_confidence, p.romanized, p.category, p.confidence, p.scores, p.indicators, p.explanation, p.operation_id";

    public const int ColumnCount = 25;

    private static readonly string[] Names =
    [
        "platform", "native_id", "source", "author", "text", "lang_hint", "created_at", "collected_at", "url",
        "views", "likes", "shares", "replies", "media_count", "reply_to", "forwarded_from",
        "lang", "lang_confidence", "romanized", "category", "confidence", "scores", "indicators", "explanation", "operation_id",
    ];

    public static SqliteCommand PrepareInsert(SqliteConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText =
            $"INSERT INTO posts ({string.Join(", ", Names)}) VALUES ({string.Join(", ", Names.Select(n => "$" + n))}) " +
            "ON CONFLICT (platform, native_id) DO NOTHING RETURNING id";
        foreach (var name in Names)
        {
            command.Parameters.Add(new SqliteParameter("$" + name, null));
        }

        command.Prepare();
        return command;
    }

    /// <summary>The parts of a row that take CPU to compute, prepared outside the write lock (in parallel).</summary>
    public readonly record struct Prepared(string Body, string? Scores, string? Indicators, string? Explanation)
    {
        public static Prepared Of(StoredPost post)
        {
            var a = post.Analysis;
            return new Prepared(
                Search.SearchText.ForIndex(post.Text),
                a is null ? null : AnalysisJson.Scores(a.Scores),
                a is null ? null : AnalysisJson.Indicators(a.Indicators),
                a is null ? null : AnalysisJson.Explanation(a.Explanation));
        }
    }

    public static void Bind(SqliteCommand command, StoredPost post, in Prepared prepared)
    {
        var p = command.Parameters;
        var a = post.Analysis;
        p[0].Value = post.Key.Platform;
        p[1].Value = post.Key.NativeId;
        p[2].Value = Db(post.Source);
        p[3].Value = Db(post.Author);
        p[4].Value = post.Text;
        p[5].Value = Db(post.LangHint);
        p[6].Value = post.CreatedAt is { } created ? created.ToUnixTimeMilliseconds() : DBNull.Value;
        p[7].Value = post.CollectedAt.ToUnixTimeMilliseconds();
        p[8].Value = Db(post.Url);
        p[9].Value = Db(post.Engagement.Views);
        p[10].Value = Db(post.Engagement.Likes);
        p[11].Value = Db(post.Engagement.Shares);
        p[12].Value = Db(post.Engagement.Replies);
        p[13].Value = post.MediaCount;
        p[14].Value = Db(post.ReplyTo);
        p[15].Value = Db(post.ForwardedFrom);
        p[16].Value = Db(a?.Language.Code);
        p[17].Value = a is null ? DBNull.Value : a.Language.Confidence;
        p[18].Value = a is null ? DBNull.Value : a.Language.Romanized ? 1 : 0;
        p[19].Value = Db(a?.Category.ToWire());
        p[20].Value = a is null ? DBNull.Value : a.Confidence;
        p[21].Value = Db(prepared.Scores);
        p[22].Value = Db(prepared.Indicators);
        p[23].Value = Db(prepared.Explanation);
        p[24].Value = Db(post.OperationId);
    }

    /// <summary>Reads a row selected with <see cref="Columns"/> (first <see cref="ColumnCount"/> columns).</summary>
    public static StoredPost Read(SqliteDataReader r)
    {
        PostAnalysis? analysis = null;
        if (!r.IsDBNull(19))
        {
            Categories.TryParse(r.GetString(19), out var category);
            analysis = new PostAnalysis
            {
                Language = new LanguageGuess(r.IsDBNull(16) ? "und" : r.GetString(16), r.IsDBNull(17) ? 0 : r.GetDouble(17), !r.IsDBNull(18) && r.GetInt64(18) != 0),
                Category = category,
                Confidence = r.IsDBNull(20) ? 0 : r.GetDouble(20),
                Scores = AnalysisJson.ParseScores(Str(r, 21)),
                Indicators = AnalysisJson.ParseIndicators(Str(r, 22)),
                Explanation = AnalysisJson.ParseExplanation(Str(r, 23)),
            };
        }

        return new StoredPost
        {
            Key = new PostKey(r.GetString(0), r.GetString(1)),
            Source = Str(r, 2),
            Author = Str(r, 3),
            Text = r.GetString(4),
            LangHint = Str(r, 5),
            CreatedAt = r.IsDBNull(6) ? null : DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(6)),
            CollectedAt = DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(7)),
            Url = Str(r, 8),
            Engagement = new Engagement(Long(r, 9), Long(r, 10), Long(r, 11), Long(r, 12)),
            MediaCount = r.GetInt32(13),
            ReplyTo = Str(r, 14),
            ForwardedFrom = Str(r, 15),
            Analysis = analysis,
            OperationId = Str(r, 24),
        };
    }

    private static object Db(string? value) => value is null ? DBNull.Value : value;

    private static object Db(long? value) => value is null ? DBNull.Value : value.Value;

    private static string? Str(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static long? Long(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt64(i);
}
