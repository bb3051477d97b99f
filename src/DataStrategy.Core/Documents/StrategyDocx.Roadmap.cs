using System.Globalization;
using DataStrategy.Core.Documents.Docx;
using DataStrategy.Core.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DataStrategy.Core.Documents;

public static partial class StrategyDocx
{
    private sealed partial class Writer
    {
        /// <summary>The roadmap chapter: one table per workstream (initiative, objectives served, months, status), then the KPIs.
        /// Tables stack the document's languages inside each cell, as the RACI matrix does.</summary>
        private void WriteRoadmap()
        {
            if (source.Roadmap is not { IsEmpty: false } roadmap)
            {
                return;
            }

            SetOrientation(false);
            Chapter(StrategyLabels.Roadmap);
            var width = Width;
            foreach (var workstream in roadmap.Workstreams.Where(w => w.Initiatives.Count > 0))
            {
                var heading = Para("Heading2");
                if (workstream.Name is null)
                {
                    AppendJoined(heading, StrategyLabels.NoWorkstream);
                }
                else
                {
                    AppendLocalizedJoined(heading, workstream.Name);
                }

                body.Append(heading);
                var widths = DocxTable.ColumnWidths(width, [36, 30, 17, 17]);
                var table = NewTable(widths, width);
                table.Append(HeaderRow(widths, StrategyLabels.Initiative, StrategyLabels.ObjectivesServed, StrategyLabels.Months, StrategyLabels.Status));
                foreach (var initiative in workstream.Initiatives)
                {
                    var row = DocxTable.Row();
                    row.Append(Cell(widths[0], languages.Select(l => Para("CellTextSmall", [.. Text(initiative.Code + " ", l, bold: true), .. Localized(initiative.Title, l, bold: true)])).ToList()));
                    row.Append(Cell(widths[1], languages.SelectMany(l => initiative.Objectives.Count == 0
                        ? [Para("CellTextSmall", Text("–", l, color: Muted))]
                        : initiative.Objectives.Select(o => Para("CellTextSmall", Localized(o, l)))).ToList()));
                    var period = initiative.Start is { } s ? MonthText(s) + " – " + MonthText(initiative.End ?? s) : "–";
                    row.Append(Cell(widths[2], [Para("CellTextSmall", Text(period, null))]));
                    row.Append(Cell(widths[3], languages.Select(l => Para("CellTextSmall", Text(DocumentTexts.Strategy.Get(StrategyLabels.StatusKey(initiative.Status), l), l))).ToList()));
                    table.Append(row);
                }

                body.Append(table);
            }

            if (roadmap.Kpis.Count == 0)
            {
                return;
            }

            var kpiHeading = Para("Heading2");
            AppendJoined(kpiHeading, StrategyLabels.Kpis);
            body.Append(kpiHeading);
            var kpiWidths = DocxTable.ColumnWidths(width, [40, 20, 20, 20]);
            var kpis = NewTable(kpiWidths, width);
            kpis.Append(HeaderRow(kpiWidths, StrategyLabels.Indicator, StrategyLabels.Baseline, StrategyLabels.Latest, StrategyLabels.Target));
            foreach (var kpi in roadmap.Kpis)
            {
                var row = DocxTable.Row();
                row.Append(Cell(kpiWidths[0], languages.Select(l => Para("CellTextSmall", Localized(kpi.Name, l, bold: true))).ToList()));
                row.Append(Cell(kpiWidths[1], languages.Select(l => Para("CellTextSmall", Measure(kpi.Baseline, kpi.Unit, l, " (" + MonthText(kpi.BaselineOn) + ")"))).ToList()));
                row.Append(Cell(kpiWidths[2], languages.Select(l => Para("CellTextSmall", kpi.Latest is { } latest
                    ? Measure(latest, kpi.Unit, l, kpi.LatestOn is { } on ? " (" + MonthText(on) + ")" : "")
                    : Text(DocumentTexts.Strategy.Get(StrategyLabels.NotMeasured, l), l, italic: true, color: Muted))).ToList()));
                row.Append(Cell(kpiWidths[3], languages.Select(l => Para("CellTextSmall", Measure(kpi.Target, kpi.Unit, l, " (" + MonthText(kpi.TargetOn) + ")"))).ToList()));
                kpis.Append(row);
            }

            body.Append(kpis);
        }

        private TableRow HeaderRow(int[] widths, params string[] keys)
        {
            var header = DocxTable.Row(header: true);
            for (var i = 0; i < keys.Length; i++)
            {
                var key = keys[i];
                header.Append(Cell(widths[i], languages.Select(l => DocumentTexts.Strategy.Get(key, l)).Distinct(StringComparer.Ordinal)
                    .Select((text, n) => Para("CellTextSmall", Text(text, languages[Math.Min(n, languages.Length - 1)], bold: true, color: accentText))).ToList(), accent));
            }

            return header;
        }

        /// <summary>A text in every language of the document, joined by " / " (each part tagged), the same text once.</summary>
        private void AppendLocalizedJoined(Paragraph paragraph, LocalizedText text)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var language in languages)
            {
                if (!TryText(text, language, out var value) || !seen.Add(value))
                {
                    continue;
                }

                if (seen.Count > 1)
                {
                    paragraph.Append(Text(" / ", null));
                }

                paragraph.Append(Text(value, language));
            }

            if (seen.Count == 0)
            {
                paragraph.Append(NotTranslated(First));
            }
        }

        private static string MonthText(DateOnly month) => month.ToString("MM/yyyy", CultureInfo.InvariantCulture);

        /// <summary>A value, its unit and <paramref name="suffix"/>; a unit not written in the language is shown in its own, tagged with it.</summary>
        private Run[] Measure(decimal value, LocalizedText unit, string language, string suffix)
        {
            var resolved = unit.Resolve(language);
            if (resolved.LangFor(language) is not { } other || !tags.ContainsKey(other))
            {
                return Text(Value(value, resolved.Text, language) + suffix, language);
            }

            return [.. Text(Value(value, "", language) + "\u00A0", language), .. Text(DocxText.Clean(resolved.Text), other), .. Text(suffix, language)];
        }

        private static string Value(decimal value, string unit, string language)
        {
            var number = value.ToString("#,0.##", DocumentTexts.Culture(language));
            return unit.Length == 0 ? number : unit == "%" ? number + (language == Languages.English ? "%" : "\u00A0%") : number + "\u00A0" + DocxText.Clean(unit);
        }
    }
}
