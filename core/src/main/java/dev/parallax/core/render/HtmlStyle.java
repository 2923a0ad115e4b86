package dev.parallax.core.render;

/** The inline style sheet of the HTML report: system fonts, one readable column, light and dark. */
final class HtmlStyle {
    private HtmlStyle() {}

    static final String CSS = """
            :root{color-scheme:light dark;--fg:#1c1c1e;--muted:#585a62;--bg:#fcfcfa;--card:#f1f0ec;\
            --line:#dcdad4;--accent:#0a58a8;--ok:#1b6b3a;--warn:#a33a08}
            @media (prefers-color-scheme:dark){:root{--fg:#ebeae6;--muted:#a8a9b1;--bg:#151517;\
            --card:#212125;--line:#3a3a40;--accent:#8fc0ff;--ok:#82d8a0;--warn:#ffb27f}}
            *,*::before,*::after{box-sizing:border-box}
            html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
            body{margin:0 auto;max-width:46rem;padding:2rem 1.25rem 4rem;background:var(--bg);color:var(--fg);\
            font:1.0625rem/1.65 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans",\
            sans-serif;overflow-wrap:break-word}
            h1,h2,h3{line-height:1.25;text-wrap:balance}
            h1{font-size:1.9rem;margin:0 0 .25rem}
            h2{font-size:1.55rem;margin:0 0 .75rem}
            h3{font-size:.85rem;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin:2rem 0 .5rem}
            a{color:var(--accent)}
            a:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
            header{border-bottom:3px solid var(--fg);padding-bottom:1rem;margin-bottom:1.5rem}
            .counts,.generator,.meta,.byline,.note,.type,.normalized,figcaption{color:var(--muted)}
            .counts{margin:0;font-variant-numeric:tabular-nums}
            nav{margin-bottom:2rem}
            nav h2{font-size:.85rem;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin:0}
            nav ol{padding-left:1.25rem;margin:.5rem 0}
            main>article{padding:1.5rem 0 2rem;border-bottom:1px solid var(--line)}
            main>article:last-of-type{border-bottom:0}
            .brief{font-size:1.15rem;line-height:1.7;font-family:Charter,"Bitstream Charter","Sitka Text",\
            Cambria,Georgia,serif}
            a.cite{font-family:system-ui,sans-serif;font-size:.7em;vertical-align:super;line-height:0;\
            text-decoration:none;padding:0 .05em;white-space:nowrap}
            a.cite:hover{text-decoration:underline}
            .cites{white-space:nowrap}
            ol,ul{padding-left:1.4rem}
            li{margin:.35rem 0}
            li:target{background:var(--card);outline:2px solid var(--accent);outline-offset:.25rem;\
            border-radius:.25rem}
            .outlet{font-weight:650}
            cite{font-style:italic}
            .byline{font-size:.9rem;margin:.1rem 0 0}
            details{margin:.35rem 0 .75rem}
            summary{cursor:pointer;color:var(--accent);font-size:.9rem;width:max-content;max-width:100%}
            .text{background:var(--card);border-radius:.5rem;padding:.75rem 1rem;margin-top:.5rem;font-size:.95rem}
            .text p{margin:.6rem 0}
            .input{font-size:.85rem;color:var(--muted)}
            code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.88em;\
            overflow-wrap:anywhere}
            .count{font-size:.85rem;color:var(--ok);white-space:nowrap}
            .timeline{list-style:none;padding-left:0}
            .timeline .tag{font-size:.8em;color:#555;border:1px solid #999;border-radius:3px;padding:0 .3em}
            .timeline-chart{max-width:640px;display:block;margin:.5rem 0 1rem}
            .timeline-chart .axis{stroke:#444;stroke-width:2}
            .timeline-chart .gap{stroke-dasharray:3 4}
            .timeline-chart .news{fill:#1f5fa8;stroke:#1f5fa8}
            .timeline-chart .background{fill:#fff;stroke:#666;stroke-width:2}
            .timeline-chart text{font:12px system-ui,sans-serif;fill:#222}
            .timeline-chart .date{font-variant-numeric:tabular-nums;font-weight:600}
            .timeline time{display:inline-block;min-width:6.5rem;font-weight:600;font-variant-numeric:tabular-nums}
            .verdict{font-size:.8rem;font-weight:650;text-transform:uppercase;letter-spacing:.04em;\
            padding:.05rem .4rem;border-radius:.25rem;border:1px solid currentColor;white-space:nowrap}
            .verdict.conflicting{color:var(--warn)}
            .verdict.consistent{color:var(--ok)}
            figure{margin:1rem 0}
            blockquote{margin:0;padding:.1rem 0 .1rem 1rem;border-left:3px solid var(--accent);\
            font-family:Charter,"Bitstream Charter","Sitka Text",Cambria,Georgia,serif;font-size:1.08rem}
            blockquote p{margin:.25rem 0}
            p.reported{margin:.25rem 0;padding-left:1rem;font-style:italic}
            figcaption{font-size:.9rem;margin-top:.25rem}
            .variants{font-size:.9rem;margin:.25rem 0 0 1rem}
            #rejected{margin-top:2rem;padding-top:1rem;border-top:3px solid var(--fg)}
            footer{margin-top:3rem;font-size:.85rem;color:var(--muted)}
            @media (max-width:30rem){body{padding:1.25rem 1rem 3rem;font-size:1rem}h1{font-size:1.6rem}\
            h2{font-size:1.35rem}.brief{font-size:1.05rem}}
            @media print{body{max-width:none}details{display:none}a{color:inherit}}
            """;
}
