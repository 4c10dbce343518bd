/// The handout's stylesheet, inlined in every page: no network, no scripts.
///
/// - Screen: one readable column (at most 48rem), sizes in rem so that 200% zoom reflows instead
///   of clipping; light by default, dark with `prefers-color-scheme: dark`. Every colour pair
///   passes WCAG AA (body text at least 7:1, the muted text at least 4.5:1, on both themes).
/// - Doses: their spaces are no-break (``NonBreakingDoses``), and a session's exercise column
///   takes about a third of its table, so that the dose column holds a dose such as
///   `2 x 30 s each side` on a 390 px phone rather than `2 x 30 s each si` / `de`; on a narrower
///   screen (200% zoom) a dose still breaks rather than the table stick out. Numbers joined by
///   hyphens (a tempo `2-1-2`) are in `.whole` spans, which do not wrap.
/// - Print: black on white whatever the screen's scheme, no colour needed to tell anything apart
///   (deload bars are outlined, the two pain lines dashed and solid with different marks). `@page`
///   sets margins and leaves the size to the printer's paper, A4 or US Letter; the content fits
///   the narrower of the two (A4, 186 mm between margins). A session, an exercise card and a chart
///   are never split across pages (`break-inside: avoid`), nor is a list of the safety box (the box
///   itself may run over a page break); each week to come starts a new page, the weeks done flow on
///   from each other (a past session is its record and a line a block). An exercise card prints across
///   the page: its figure on top, as wide as 55 mm of height allows (its labels about 6 pt, where a
///   card in a column of two made them 4 pt), and its text in two columns below it.
/// - Figures: each pose its own `<svg>` at 1.25 px a unit (its labels 10 px), side by side where
///   the column has room and one under another on a phone, shrunk only by a column narrower
///   than a pose or by print's 55 mm of height.
enum HTMLStyle {
    static let css = """
        :root{--fg:#1a1a1a;--bg:#fff;--muted:#4d4d4d;--line:#6b6b6b;--soft:#f2f2f2;\
        --accent:#0b4f8a;--warn:#a30000;--warn-bg:#fff4f0}
        @media (prefers-color-scheme:dark){:root{--fg:#ececec;--bg:#141414;--muted:#c4c4c4;--line:#9e9e9e;\
        --soft:#222;--accent:#9ccaff;--warn:#ff9f8f;--warn-bg:#2b1512}}
        *{box-sizing:border-box}
        html{font-size:100%;-webkit-text-size-adjust:100%}
        body{margin:0 auto;max-width:48rem;padding:1rem;font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,\
        "Noto Sans","DejaVu Sans",sans-serif;color:var(--fg);background:var(--bg);overflow-wrap:anywhere}
        h1{font-size:1.75em;line-height:1.2;margin:0 0 .5rem}
        h2{font-size:1.35em;margin:2rem 0 .5rem;border-bottom:2px solid var(--line);padding-bottom:.2rem}
        h3{font-size:1.15em;margin:1.25rem 0 .4rem}
        h4{font-size:1em;margin:0 0 .4rem}
        p,ul,ol,dl{margin:.3rem 0 .6rem}
        ul{padding-left:1.4rem}
        a{color:var(--accent)}
        .meta,.muted{color:var(--muted)}
        dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}
        dl.facts dt{font-weight:700}
        dl.facts dd{margin:0}
        .safety{border:3px solid var(--warn);background:var(--warn-bg);padding:.2rem 1rem .6rem;margin:1.5rem 0}
        .safety h2{border:0;color:var(--warn);margin-top:.6rem}
        .safety h3{font-size:1em;margin:.8rem 0 .2rem}
        .safety ul{break-inside:avoid}
        .stopped{border:3px solid var(--warn);padding:.5rem 1rem;font-weight:700}
        .scale{display:flex;flex-wrap:wrap;gap:.25rem;list-style:none;padding:0;margin:.3rem 0}
        .scale li,.box{display:inline-block;min-width:1.8rem;height:1.8rem;line-height:1.6rem;text-align:center;\
        border:1.5px solid var(--fg);border-radius:.2rem;font-variant-numeric:tabular-nums}
        .box{min-width:1.3rem;height:1.3rem;vertical-align:middle}
        .count{display:block;margin-top:.3rem}.write{display:inline-block;min-width:4rem;border-bottom:1.5px solid var(--fg)}
        .anchors{display:flex;justify-content:space-between;gap:1rem;font-size:.9em;color:var(--muted);max-width:28rem}
        .gallery{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,20rem),1fr));gap:1rem}
        .card{border:1px solid var(--line);border-radius:.4rem;padding:.6rem .8rem;break-inside:avoid}
        .card h3{margin-top:.2rem}
        .card ul{font-size:.95em}
        .exercise-figure{display:flex;flex-wrap:wrap;justify-content:center;align-items:flex-end;gap:.2rem 1rem}
        .exercise-figure svg{display:block;width:auto;height:auto;max-width:100%}
        .fig.none{display:flex;align-items:center;justify-content:center;min-height:6rem;border:2px dashed var(--line);\
        border-radius:.3rem;padding:.5rem;color:var(--muted);text-align:center;font-weight:700}
        .week>h3{break-after:avoid}
        .week>h3{font-size:1.3em;border-bottom:1px solid var(--line)}
        .session{border:1px solid var(--line);border-radius:.4rem;padding:.6rem .8rem;margin:.8rem 0;break-inside:avoid}
        table{border-collapse:collapse;width:100%;margin:.3rem 0}
        th,td{text-align:left;vertical-align:top;padding:.25rem .4rem;border-bottom:1px solid var(--line)}
        thead th{font-size:.85em;color:var(--muted);font-weight:400}
        tbody th{font-weight:600;overflow-wrap:break-word}
        .session tbody th[scope=row]{width:36%}
        th.block{background:var(--soft);font-weight:700}
        td.tick{width:2.6rem;text-align:center}
        thead th{white-space:nowrap;overflow-wrap:normal}
        .why{display:block;font-size:.9em;color:var(--muted)}
        .log{display:grid;grid-template-columns:auto 1fr;gap:.2rem .6rem;align-items:center;margin-top:.5rem}
        .log p{margin:0;font-weight:600}
        .log .scale{margin:0}
        .record{font-size:.95em}
        .blocks{list-style:none;padding-left:0;margin:.3rem 0}.blocks li{margin:.15rem 0}
        .chart{break-inside:avoid;margin:.8rem 0}
        .chart svg{display:block;width:100%;max-width:30rem;height:auto;color:var(--fg)}
        .chart .legend{font-size:.9em;color:var(--muted);margin:.2rem 0 .4rem}
        .chart .bar{fill:currentColor}
        .chart .deload{fill:none;stroke:currentColor;stroke-width:1.5}
        .chart .to-come{fill:none;stroke:currentColor;stroke-width:1.2;stroke-dasharray:3 2}
        .chart .axis{stroke:currentColor;stroke-width:1}
        .chart .grid{stroke:var(--line);stroke-width:.5;stroke-dasharray:2 3}
        .chart .line{fill:none;stroke:currentColor;stroke-width:2}
        .chart .dash{stroke-dasharray:6 4}
        .chart text{fill:currentColor;font-size:11px;font-family:inherit}
        .data{font-size:.9em}
        .data td,.data th{padding:.1rem .4rem}
        .num{text-align:right;font-variant-numeric:tabular-nums}
        .whole{white-space:nowrap}
        .vh{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
        @media print{:root{--fg:#000;--bg:#fff;--muted:#333;--line:#555;--soft:#e8e8e8;--accent:#000;--warn:#000;\
        --warn-bg:#fff}body{max-width:none;padding:0;font-size:9pt;line-height:1.3}a{text-decoration:none}\
        h2,h3,h4,h2+p{break-after:avoid}#weeks,.week+.week:not(.past){break-before:page}.safety{border-width:2.5pt}th,td{padding:.05rem .3rem}\
        .session{padding:.3rem .5rem;margin:.4rem 0}.scale li{min-width:1.4rem;height:1.4rem;line-height:1.2rem}\
        .gallery{display:block}.card{padding:.3rem .5rem;margin:0 0 .5rem;columns:2;column-gap:1rem}\
        .card .fig,.card h3{column-span:all}.exercise-figure svg{max-height:55mm}.chart svg{max-width:26rem}}
        @page{margin:14mm 12mm}
        """
}
