using System.Text;

namespace Vigil.Collect.Http;

/// <summary>
/// Builds a request URI on a connector's own base address: a fixed path and escaped query values, so a
/// watch target can only ever change a parameter's value, never the host, scheme or path.
/// </summary>
public static class ApiUri
{
    /// <summary>The URI of <paramref name="path"/> on <paramref name="baseUri"/> with the non-null parameters.</summary>
    public static Uri Build(Uri baseUri, string path, params (string Name, string? Value)[] query)
    {
        var text = new StringBuilder(baseUri.GetLeftPart(UriPartial.Authority));
        text.Append(baseUri.AbsolutePath.TrimEnd('/')).Append(path);
        var separator = '?';
        foreach (var (name, value) in query)
        {
            if (value is null)
            {
                continue;
            }

            text.Append(separator).Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }

        return new Uri(text.ToString(), UriKind.Absolute);
    }
}
