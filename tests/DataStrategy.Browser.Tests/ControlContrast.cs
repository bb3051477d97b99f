using Microsoft.Playwright;

namespace DataStrategy.Browser.Tests;

/// <summary>
/// The contrast of every visible control on a page, computed in the page itself with the WCAG 2 formula: the text
/// colour against the effective background (the element's and its ancestors' background colours, semi-transparent
/// ones blended, down to the first opaque one or white). axe reports contrast only where it is sure of the
/// background; this check measures every button, button-looking link, field and summary, so a white-on-white
/// button cannot pass.
/// </summary>
public static class ControlContrast
{
    /// <summary>Every control the check measures.</summary>
    public const string Controls = "button, a.button, .site-header a, [role=button], input:not([type=hidden]):not([type=radio]):not([type=checkbox]), select, textarea, summary, .vote-choice > span";

    private const string Script =
        """
        (selector) => {
          const parse = c => {
            const m = /rgba?\(([^)]+)\)/.exec(c || '');
            if (!m) { return null; }
            const p = m[1].split(/[\s,\/]+/).filter(x => x.length > 0).map(Number);
            return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
          };
          const over = (top, bottom) => ({ r: top.r * top.a + bottom.r * (1 - top.a), g: top.g * top.a + bottom.g * (1 - top.a), b: top.b * top.a + bottom.b * (1 - top.a), a: 1 });
          const luminance = c => {
            const ch = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
            return 0.2126 * ch(c.r) + 0.7152 * ch(c.g) + 0.0722 * ch(c.b);
          };
          const background = el => {
            const layers = [];
            for (let e = el; e; e = e.parentElement) {
              const c = parse(getComputedStyle(e).backgroundColor);
              if (c && c.a > 0) { layers.push(c); if (c.a >= 1) { break; } }
            }
            let result = { r: 255, g: 255, b: 255, a: 1 };
            for (let i = layers.length - 1; i >= 0; i--) { result = over(layers[i], result); }
            return result;
          };
          const shown = el => {
            const r = el.getBoundingClientRect();
            if (r.width < 2 || r.height < 2) { return false; }
            for (let e = el; e; e = e.parentElement) {
              const s = getComputedStyle(e);
              if (s.display === 'none' || s.visibility === 'hidden' || parseFloat(s.opacity) === 0) { return false; }
            }
            return !el.closest('.visually-hidden, [hidden], details:not([open]) > :not(summary)');
          };
          const hex = c => '#' + [c.r, c.g, c.b].map(v => Math.round(v).toString(16).padStart(2, '0')).join('');
          const results = [];
          for (const el of document.querySelectorAll(selector)) {
            if (el.disabled || !shown(el)) { continue; }
            const style = getComputedStyle(el);
            const bg = background(el);
            const fg = over(parse(style.color) || { r: 0, g: 0, b: 0, a: 1 }, bg);
            const l1 = luminance(fg), l2 = luminance(bg);
            const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
            const size = parseFloat(style.fontSize);
            const large = size >= 24 || (size >= 18.66 && parseInt(style.fontWeight, 10) >= 700);
            results.push({ html: el.outerHTML.slice(0, 140), text: (el.innerText || el.value || '').trim().slice(0, 40), ratio: Math.round(ratio * 100) / 100, needed: large ? 3 : 4.5, fg: hex(fg), bg: hex(bg) });
          }
          return JSON.stringify(results);
        }
        """;

    private static readonly System.Text.Json.JsonSerializerOptions WebJson = new(System.Text.Json.JsonSerializerDefaults.Web);

    /// <summary>How many controls were measured; fails naming every control under 4.5:1 (3:1 for large text).</summary>
    public static async Task<int> AssertControlsContrastAsync(this IPage page, string name)
    {
        var json = await page.EvaluateAsync<string>(Script, Controls);
        var measured = System.Text.Json.JsonSerializer.Deserialize<ControlMeasure[]>(json, WebJson)!;
        var bad = measured.Where(m => m.Ratio < m.Needed).ToList();
        if (bad.Count > 0)
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(AppHost.ArtifactsFolder(), name + "-contrast.png"), FullPage = true });
        }

        Assert.True(bad.Count == 0, $"{name} ({page.Url}): {bad.Count} of {measured.Length} controls under the contrast they need: "
            + string.Join("; ", bad.Take(8).Select(b => $"“{b.Text}” {b.Fg} on {b.Bg} = {b.Ratio}:1 < {b.Needed}:1 [{b.Html}]")));
        return measured.Length;
    }
}
