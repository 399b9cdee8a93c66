//! The one style sheet every page carries inline: system fonts only (CJK
//! included), tables that scroll inside their box on a phone, charts that
//! scale to the width, and A4 pages when printed.

/// The page's CSS (no `url(…)`, no `@import`: nothing is fetched).
pub(crate) const CSS: &str = r#"
:root{color-scheme:light;--ink:#1f2933;--dim:#616e7c;--line:#d9e2ec;--bg:#fff;--band:#f5f7fa}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI","PingFang TC","Noto Sans CJK TC","Microsoft JhengHei",sans-serif}
main{max-width:60rem;margin:0 auto;padding:1rem}
h1{font-size:1.4rem;margin:.2rem 0}
h2{font-size:1.1rem;margin:1.6rem 0 .4rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}
h2 .count{color:var(--dim);font-weight:normal}
p.sub,p.note,.cmd{color:var(--dim);margin:.2rem 0}
code,.cmd{font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace;font-size:.85em}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;font-size:.9rem;min-width:50%}
th,td{padding:.25rem .5rem;border-bottom:1px solid var(--line);text-align:left;white-space:nowrap;vertical-align:top}
th{background:var(--band);font-weight:600}
td.num{text-align:right;font-variant-numeric:tabular-nums}
td.none{color:var(--dim)}
ul.items{margin:.2rem 0;padding-left:1.2rem}
figure{margin:.6rem 0 1rem}
figcaption{color:var(--dim);font-size:.85rem}
svg.chart{display:block;width:100%;height:auto;max-width:46rem}
svg.chart text{font-size:12px;fill:var(--ink)}
svg.chart .ref{stroke:#cf1124;stroke-dasharray:4 3}
.legend span{display:inline-block;margin-right:.8rem;font-size:.85rem}
.legend i{display:inline-block;width:.8rem;height:.8rem;margin-right:.25rem;vertical-align:-.1rem}
@media print{
 @page{size:A4;margin:14mm}
 body{font-size:10pt}
 main{max-width:none;padding:0}
 .scroll{overflow:visible}
 table{font-size:8pt}
 th,td{white-space:normal}
 section,figure{break-inside:avoid}
}
"#;
