using System.Net;
using Vigil.Testing;

namespace Vigil.Collect.Tests;

/// <summary>The recorded-format error bodies in <c>tests/fixtures/&lt;platform&gt;/errors</c>.</summary>
internal static class ErrorBodies
{
    public static string Read(string platform, string file) => File.ReadAllText(TestPaths.Fixture(platform, "errors", file));

    /// <summary>The status a body file is recorded for: the number its name starts with (VK answers errors with 200).</summary>
    public static HttpStatusCode Status(string file) => (HttpStatusCode)int.Parse(file[..file.IndexOf('-', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);

    public static HttpResponseMessage Response(string platform, string file, HttpStatusCode? status = null) =>
        new(status ?? Status(file)) { Content = new StringContent(Read(platform, file)) };
}
