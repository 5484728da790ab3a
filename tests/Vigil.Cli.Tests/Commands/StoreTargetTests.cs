using Vigil.Cli.Commands;

namespace Vigil.Cli.Tests.Commands;

public sealed class StoreTargetTests
{
    private const string Home = "/home/analyst/.local/share/vigil";

    [Theory]
    [InlineData("postgresql://vigil@db.internal:5433/vigil_team", "postgresql://vigil@db.internal:5433/vigil_team", "db.internal_5433_vigil_team")]
    [InlineData("postgres://db.internal/vigil", "postgresql://db.internal:5432/vigil", "db.internal_5432_vigil")]
    [InlineData("POSTGRESQL://a%40b@10.0.0.5:6000/team%20store", "postgresql://a%40b@10.0.0.5:6000/team%20store", "10.0.0.5_6000_team_store")]
    public void ParsePostgres_NamesTheDatabaseAndKeepsSideFilesUnderTheHome(string uri, string name, string folder)
    {
        var (target, error) = StoreTarget.ParsePostgres(uri, Home);

        Assert.Null(error);
        Assert.Equal(name, target!.Name);
        Assert.True(target.IsPostgres);
        Assert.Equal(Path.Combine(Home, "postgresql", folder, "store"), target.Path);
    }

    [Fact]
    public void ParsePostgres_Password_ReachesTheConnectionOnlyNeverTheName()
    {
        var (target, _) = StoreTarget.ParsePostgres("postgresql://vigil:s3cr%2Fet@db:5432/vigil", Home);

        Assert.DoesNotContain("s3cr", target!.Name);
        var connection = new Npgsql.NpgsqlConnectionStringBuilder(target.Postgres);
        Assert.Equal("s3cr/et", connection.Password);
        Assert.Equal("vigil", connection.Username);
        Assert.Equal("vigil", connection.Database);
    }

    [Theory]
    [InlineData("postgresql://db.internal", "names no database")]
    [InlineData("postgresql://db.internal/a/b", "names no database")]
    [InlineData("postgresql://db.internal/vigil?sslmode=require", "options after the database")]
    [InlineData("postgresql://", "is not a PostgreSQL URI")]
    public void ParsePostgres_Unusable_SaysHowToWriteIt(string uri, string expected)
    {
        var (target, error) = StoreTarget.ParsePostgres(uri, Home);

        Assert.Null(target);
        Assert.Contains(expected, error);
        Assert.Contains("postgresql://user@host:5432/database", error);
    }

    [Fact]
    public void ParsePostgres_UnusableWithPassword_NeverEchoesThePassword()
    {
        var (_, error) = StoreTarget.ParsePostgres("postgresql://vigil:hunter2@db.internal", Home);

        Assert.DoesNotContain("hunter2", error);
    }

    [Theory]
    [InlineData("postgresql://x/y", true)]
    [InlineData("Postgres://x/y", true)]
    [InlineData("postgresql.db", false)]
    [InlineData("/var/lib/vigil/vigil.db", false)]
    public void LooksLikePostgres_OnlyForTheUriSchemes(string value, bool expected) =>
        Assert.Equal(expected, StoreTarget.LooksLikePostgres(value));
}
