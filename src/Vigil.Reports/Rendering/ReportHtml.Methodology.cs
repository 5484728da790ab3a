using System.Globalization;
using System.Text;
using Vigil.Reports.Strategic;
using static Vigil.Reports.Rendering.HtmlParts;

namespace Vigil.Reports.Rendering;

public static partial class ReportHtml
{
    private static void Methodology(StringBuilder html, StrategicReport report)
    {
        var k = report.Request.Threshold;
        html.Append("<section id=\"method\"><h2>6. Methodology and limits</h2>");
        if (report.Request.SyntheticData)
        {
            html.Append("<p><b>Data.</b> The store holds Vigil's synthetic demo corpus (<code>data/demo/</code>): invented posts written to exercise every part of Vigil. Nothing here describes real activity.</p>");
        }
        else
        {
            html.Append("<p><b>Data.</b> Public posts collected or imported into the store, dated by their creation time (or collection time when the platform gave none). Closed groups and private messages are never collected.</p>");
        }

        html.Append("<p><b>Classification.</b> Each post's language, category and indicators (prices, places with their role, transport, guarantees, payment, documents) were computed automatically at import on the clear text, before identifiers were pseudonymised. ");
        if (report.Model is { } m)
        {
            html.Append("The category classifier (").Append(E(m.Trainer)).Append(", trained ").Append(E(m.Created)).Append(") measured on the ").Append(E(m.HeldOut)).Append(" of ")
                .Append(Count(m.DevPosts)).Append(" labelled posts: accuracy ").Append(Percent(m.Accuracy)).Append(", macro-F1 ").Append(Percent(m.MacroF1))
                .Append(", and ").Append(Percent(m.FalseFlagRate)).Append(" of humanitarian or news posts flagged as smuggling. Counts per category therefore carry classification error; the labelled corpus is written by the team, so real-world accuracy may be lower.");
        }
        else
        {
            html.Append("The classifier's manifest was not shipped with this build, so its accuracy cannot be quoted.");
        }

        html.Append("</p><p><b>Suppression.</b> Every count below k = ").Append(k)
            .Append(" is shown as “&lt;").Append(k).Append("” (zero included), totals too. Where a row or column would then have a single hidden count, which its total would give away, or where hidden counts could be worked out through a chain of rows and columns, further counts are withheld (“x”). The category, language and platform tables share their weekly totals, so a total hidden in one is hidden in all. Routes, destinations, departure points and modes with fewer than k adverts are not named. Prices are shown only for a route, currency and week with at least k adverts.</p>")
            .Append("<p><b>Contents.</b> Aggregates only: no post text, account, pseudonym, phone number, messaging handle or link appears in this report. Posts of people asking for help (<code>migrant_request</code>) are counted and nothing more.</p>")
            .Append("<p><b>Limits.</b> Prices are compared per currency, without conversion. A route uses only the first origin and destination country a post names. Reposts of one advert count once per post. Suppression protects each table against subtraction within it; it does not solve every combination of tables a determined reader could attempt, so reports of overlapping periods should not be published side by side without review. Volumes reflect what was collected, not the size of the phenomenon.</p></section>");
    }

    private static string Percent(double fraction) => (fraction * 100).ToString("0.#", CultureInfo.InvariantCulture) + " %";
}
