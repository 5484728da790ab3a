using System.Reflection;
using System.Text.RegularExpressions;

namespace Vigil.Storage.Migrations;

/// <summary>One schema step: its version (the number the file name starts with), a name, and the SQL to run.</summary>
public sealed record Migration(int Version, string Name, string Sql);

/// <summary>
/// Loads the ordered migrations of one database kind from embedded <c>.sql</c> files named
/// <c>NNNN_what_it_does.sql</c> (see <c>src/Vigil.Storage/Sqlite/Migrations/README.md</c>). Adding a
/// migration is adding one file: the project embeds every <c>.sql</c> file in those folders.
/// </summary>
public static partial class MigrationSet
{
    /// <summary>Migrations embedded under <c>{kind}/</c> (e.g. "sqlite", "postgres"), by ascending version.</summary>
    /// <exception cref="InvalidOperationException">Two files share a version, or a name is malformed: a build-time mistake.</exception>
    public static IReadOnlyList<Migration> Load(string kind)
    {
        var assembly = typeof(MigrationSet).Assembly;
        var prefix = kind + "/";
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            var file = resource[prefix.Length..];
            var match = FileName().Match(file);
            if (!match.Success)
            {
                throw new InvalidOperationException($"Migration file '{file}' must be named NNNN_what_it_does.sql.");
            }

            migrations.Add(new Migration(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), match.Groups[2].Value, Read(assembly, resource)));
        }

        migrations.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException($"{kind} migrations must be numbered 1, 2, 3… without gaps or repeats; found {string.Join(", ", migrations.Select(m => m.Version))}.");
            }
        }

        return migrations;
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"^(\d{4})_([a-z0-9_]+)\.sql$")]
    private static partial Regex FileName();
}
