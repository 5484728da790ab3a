namespace Vigil.Collect.Tests;

public sealed class CollectSettingsTests
{
    [Fact]
    public void FromEnvironment_ReadsSettingsOverridesAndSecrets()
    {
        var settings = CollectSettings.FromEnvironment(new Dictionary<string, string>
        {
            ["VIGIL_COLLECT_CONTACT"] = "osint@example.org",
            ["VIGIL_COLLECT_TIMEOUT_SECONDS"] = "7",
            ["VIGIL_COLLECT_MAX_PAGES"] = "4",
            ["VIGIL_COLLECT_BUDGET_TELEGRAM"] = "5",
            ["VIGIL_COLLECT_URL_TELEGRAM"] = "https://mirror.example.org/",
            ["VIGIL_COLLECT_ALLOW_PRIVATE"] = "127.0.0.1:8080, 127.0.0.1:9090",
            ["VIGIL_YOUTUBE_API_KEY"] = "k-123",
            ["PATH"] = "/usr/bin",
        });

        Assert.Equal(TimeSpan.FromSeconds(7), settings.AttemptTimeout);
        Assert.Equal(4, settings.MaxPages);
        Assert.Equal(5, settings.RequestsPerMinute["telegram"]);
        Assert.Equal(new Uri("https://mirror.example.org/"), settings.BaseAddresses["telegram"]);
        Assert.Equal(["127.0.0.1:8080", "127.0.0.1:9090"], settings.AllowedPrivateEndpoints.Order());
        Assert.Equal("k-123", settings.Secret("YOUTUBE_API_KEY"));
        Assert.Null(settings.Secret("X_BEARER_TOKEN"));
        Assert.Contains("contact: osint@example.org", settings.UserAgent);
        Assert.DoesNotContain("k-123", settings.UserAgent);
    }

    [Theory]
    [InlineData("VIGIL_COLLECT_TIMEOUT_SECONDS", "soon")]
    [InlineData("VIGIL_COLLECT_URL_TELEGRAM", "file:///etc/passwd")]
    public void FromEnvironment_BadValue_NamesTheVariable(string name, string value)
    {
        var e = Assert.Throws<FormatException>(() => CollectSettings.FromEnvironment(new Dictionary<string, string> { [name] = value }));

        Assert.Contains(name, e.Message);
    }
}
