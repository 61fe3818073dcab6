/// The style sheet of `report.html`: system fonts only, light and dark colour schemes, a sticky
/// filter bar, and print rules.
enum HTMLStyleSheet {
    static let css = """
    :root {
      color-scheme: light dark;
      --bg: #f4f6f8; --surface: #ffffff; --surface-2: #f8fafc; --border: #dfe3e8; --text: #1c2430;
      --muted: #5d6b7a; --accent: #0f5cc0; --header: #14213d; --header-text: #f1f5fb;
      --error: #b42318; --error-bg: #fee4e2; --warning: #93370d; --warning-bg: #fef0c7;
      --info: #1849a9; --info-bg: #dbeafe; --ok: #067647; --ok-bg: #dcfae6;
      --blocker: #912018; --blocker-bg: #fde2e1; --change: #6927da; --change-bg: #ede7fe;
      --review: #475467; --review-bg: #eaecf0; --shadow: 0 1px 2px rgba(16, 24, 40, .06), 0 1px 3px rgba(16, 24, 40, .08);
      --mono: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", "DejaVu Sans Mono", monospace;
    }
    @media (prefers-color-scheme: dark) {
      :root {
        --bg: #0f141b; --surface: #171e27; --surface-2: #1d2631; --border: #2c3846; --text: #e4e9f0;
        --muted: #98a4b3; --accent: #7cb4ff; --header: #0b1220; --header-text: #eef3fa;
        --error: #ffb4ab; --error-bg: #5c1a14; --warning: #fedf89; --warning-bg: #4e2d09;
        --info: #b2ddff; --info-bg: #163163; --ok: #a6f4c5; --ok-bg: #0d3d26;
        --blocker: #ffb4ab; --blocker-bg: #55160c; --change: #d9d6fe; --change-bg: #3e1c96;
        --review: #d0d5dd; --review-bg: #344054; --shadow: none;
      }
    }
    * { box-sizing: border-box; }
    body {
      margin: 0; background: var(--bg); color: var(--text);
      font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif;
    }
    a { color: var(--accent); }
    code, .loc, .rule-id { font-family: var(--mono); font-size: .86em; }
    h2 { font-size: 1.35rem; margin: 2.2rem 0 .9rem; }
    h3 { font-size: 1.05rem; margin: 0; }
    h4 { font-size: .78rem; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin: 0 0 .5rem; }
    .wrap, main { max-width: 1360px; margin: 0 auto; padding: 0 24px; }
    main { padding-bottom: 48px; }
    .skip { position: absolute; left: -999px; top: 0; background: var(--surface); padding: 8px 12px; z-index: 10; }
    .skip:focus { left: 8px; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    .muted, .section-note { color: var(--muted); }
    .section-note { margin: -.4rem 0 1rem; max-width: 80ch; }
    .empty { color: var(--muted); font-style: italic; margin: .25rem 0; }
    .notice, .alert { background: var(--warning-bg); color: var(--warning); padding: 8px 12px; border-radius: 6px; }
    .alert { background: var(--error-bg); color: var(--error); }

    .page-header { background: var(--header); color: var(--header-text); padding-top: 22px; }
    .header-grid { display: flex; justify-content: space-between; align-items: flex-start; gap: 24px; }
    .eyebrow { margin: 0; font-size: .8rem; letter-spacing: .08em; text-transform: uppercase; opacity: .75; }
    .page-header h1 { margin: .15rem 0 .35rem; font-size: 1.9rem; font-weight: 650; overflow-wrap: anywhere; }
    .facts { margin: 0; opacity: .9; }
    .out-of-support { color: #fecdca; }
    .gate { display: flex; flex-direction: column; align-items: flex-end; padding: 10px 16px; border-radius: 8px; white-space: nowrap; }
    .gate-label { font-weight: 700; font-size: 1.05rem; }
    .gate-threshold { font-family: var(--mono); font-size: .8rem; opacity: .85; }
    .gate-passed { background: #12b76a33; box-shadow: inset 0 0 0 1px #32d58399; }
    .gate-failed { background: #f0443833; box-shadow: inset 0 0 0 1px #f97066aa; }
    .page-header nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 4px; margin: 18px 0 0; padding: 0; }
    .page-header nav a { display: inline-block; color: var(--header-text); text-decoration: none; padding: 8px 12px; border-radius: 6px 6px 0 0; opacity: .85; }
    .page-header nav a:hover, .page-header nav a:focus { background: #ffffff1f; opacity: 1; }
    .count { display: inline-block; min-width: 1.6em; padding: 0 .45em; border-radius: 999px; background: #ffffff26; font-size: .8em; text-align: center; }

    .tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 12px; }
    .tile { background: var(--surface); border: 1px solid var(--border); border-top: 4px solid var(--review-bg); border-radius: 8px; padding: 12px 16px; box-shadow: var(--shadow); display: flex; flex-direction: column; }
    .tile-value { font-size: 1.8rem; font-weight: 700; line-height: 1.2; font-variant-numeric: tabular-nums; }
    .tile-label { color: var(--muted); font-size: .85rem; }
    .tile-rd-ready { border-top-color: var(--ok); }
    .tile-rd-ready-with-changes { border-top-color: #f79009; }
    .tile-rd-blocked { border-top-color: var(--error); }
    .panels { display: grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap: 12px; margin-top: 12px; }
    .panel { background: var(--surface); border: 1px solid var(--border); border-radius: 8px; padding: 16px; box-shadow: var(--shadow); }
    .panel h3 { margin-bottom: .8rem; }
    .panel-wide { margin-top: 12px; }
    .stack-bar { display: flex; height: 14px; border-radius: 999px; overflow: hidden; background: var(--review-bg); }
    .segment { display: block; min-width: 4px; }
    .segment.rd-ready, .swatch.rd-ready { background: #17b26a; }
    .segment.rd-ready-with-changes, .swatch.rd-ready-with-changes { background: #f79009; }
    .segment.rd-blocked, .swatch.rd-blocked { background: #f04438; }
    .legend { list-style: none; padding: 0; margin: 12px 0 0; display: flex; flex-wrap: wrap; gap: 6px 18px; }
    .swatch { display: inline-block; width: 10px; height: 10px; border-radius: 3px; margin-right: 6px; }
    .bars { list-style: none; padding: 0; margin: 0; display: grid; gap: 8px; }
    .bars li { display: grid; grid-template-columns: 130px 1fr 3ch; align-items: center; gap: 10px; }
    .bars .chip { justify-self: start; }
    .bar { height: 8px; background: var(--surface-2); border-radius: 999px; overflow: hidden; box-shadow: inset 0 0 0 1px var(--border); }
    .fill { display: block; height: 100%; border-radius: 999px; }
    .fill.sev-error { background: #f04438; } .fill.sev-warning { background: #f79009; } .fill.sev-info { background: #2e90fa; }
    .fill.cat-blocker { background: #d92d20; } .fill.cat-change-needed { background: #7a5af8; } .fill.cat-review { background: #98a2b3; }
    .num { text-align: right; font-variant-numeric: tabular-nums; }

    .chip { display: inline-block; padding: 1px 8px; border-radius: 999px; font-size: .78rem; font-weight: 600; white-space: nowrap; line-height: 1.6; }
    .sev-error { color: var(--error); background: var(--error-bg); }
    .sev-warning { color: var(--warning); background: var(--warning-bg); }
    .sev-info { color: var(--info); background: var(--info-bg); }
    .cat-blocker { color: var(--blocker); background: var(--blocker-bg); }
    .cat-change-needed { color: var(--change); background: var(--change-bg); }
    .cat-review, .sup-baselined, .problem { color: var(--review); background: var(--review-bg); }
    .sup-waived { color: var(--info); background: var(--info-bg); }
    .rd-ready { color: var(--ok); background: var(--ok-bg); }
    .rd-ready-with-changes { color: var(--warning); background: var(--warning-bg); }
    .rd-blocked, .incompatible { color: var(--error); background: var(--error-bg); }

    .table-wrap { overflow-x: auto; background: var(--surface); border: 1px solid var(--border); border-radius: 8px; box-shadow: var(--shadow); }
    .panel .table-wrap { box-shadow: none; }
    table.data { width: 100%; border-collapse: collapse; font-size: .9rem; }
    table.data th { text-align: left; font-size: .75rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); background: var(--surface-2); padding: 8px 12px; border-bottom: 1px solid var(--border); }
    table.data td { padding: 10px 12px; border-top: 1px solid var(--border); vertical-align: top; overflow-wrap: anywhere; }
    table.data tbody tr:hover { background: var(--surface-2); }
    .rule-id { display: block; font-weight: 600; }
    .rule-title { display: block; color: var(--muted); font-size: .85em; }
    .loc { display: block; color: var(--muted); }
    code.evidence { display: block; margin-top: 2px; padding: 4px 6px; background: var(--surface-2); border: 1px solid var(--border); border-radius: 4px; white-space: pre-wrap; overflow-wrap: anywhere; }
    .col-remediation p { margin: 0; }
    .links { list-style: none; padding: 0; margin: 6px 0 0; font-size: .85em; }
    .links li + li { margin-top: 2px; }
    table.findings { table-layout: fixed; min-width: 1100px; }
    table.findings th:nth-child(1) { width: 96px; } table.findings th:nth-child(2) { width: 136px; }
    table.findings th:nth-child(3) { width: 13%; } table.findings th:nth-child(4) { width: 8%; }
    table.findings th:nth-child(6) { width: 20%; } table.findings th:nth-child(7) { width: 25%; }
    table.findings .loc { font-size: .8em; }
    #plan-table td:nth-child(5) { white-space: nowrap; }
    #plan-table td:nth-child(-n+2) { overflow-wrap: break-word; }

    .filters { position: sticky; top: 0; z-index: 5; display: flex; flex-wrap: wrap; align-items: flex-end; gap: 10px 14px; padding: 12px 14px; margin-bottom: 12px; background: var(--surface); border: 1px solid var(--border); border-radius: 8px; box-shadow: 0 4px 12px rgba(16, 24, 40, .08); }
    .filters label { display: flex; flex-direction: column; font-size: .75rem; font-weight: 600; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); gap: 4px; }
    .filters .grow { flex: 1 1 260px; }
    .filters select, .filters input, .filters button { font: inherit; font-size: .92rem; text-transform: none; letter-spacing: normal; color: var(--text); background: var(--surface); border: 1px solid var(--border); border-radius: 6px; padding: 6px 10px; min-height: 36px; }
    .filters select { min-width: 150px; }
    .filters button { cursor: pointer; background: var(--surface-2); }
    .filters select:focus, .filters input:focus, .filters button:focus { outline: 2px solid var(--accent); outline-offset: 1px; }
    #findings-count { margin-left: auto; align-self: center; color: var(--muted); font-variant-numeric: tabular-nums; }

    .card { background: var(--surface); border: 1px solid var(--border); border-radius: 10px; box-shadow: var(--shadow); margin-bottom: 16px; overflow: hidden; }
    .workload-card[data-readiness="ready"] { border-left: 4px solid #17b26a; }
    .workload-card[data-readiness="ready-with-changes"] { border-left: 4px solid #f79009; }
    .workload-card[data-readiness="blocked"] { border-left: 4px solid #f04438; }
    .server-card { border-left: 4px solid var(--review); }
    .card-head { display: flex; justify-content: space-between; align-items: flex-start; gap: 16px; padding: 14px 18px; border-bottom: 1px solid var(--border); }
    .card-head h3 { font-size: 1.15rem; overflow-wrap: anywhere; }
    .card-sub { margin: 2px 0 0; color: var(--muted); font-size: .88rem; }
    .card-badges { display: flex; align-items: center; gap: 8px; white-space: nowrap; }
    .effort { font-size: .82rem; color: var(--muted); font-variant-numeric: tabular-nums; }
    .card-body { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1.25fr); gap: 0; }
    .card-col { padding: 14px 18px; }
    .card-col + .card-col { border-left: 1px solid var(--border); }
    .kv { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 6px 14px; margin: 0 0 12px; }
    .kv dt { color: var(--muted); font-size: .88rem; }
    .kv dd { margin: 0; overflow-wrap: anywhere; }
    .reasons { margin: 0; padding-left: 1.1rem; }
    .reasons li + li { margin-top: 4px; }
    .tags { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 4px; }
    .tags li { background: var(--surface-2); border: 1px solid var(--border); border-radius: 4px; padding: 0 6px; font-size: .84rem; overflow-wrap: anywhere; }
    .card-findings { border-top: 1px solid var(--border); padding: 10px 18px; }
    .card-findings summary { cursor: pointer; font-weight: 600; }
    .card-findings summary .muted { font-weight: 400; margin-left: 6px; }
    .card-findings summary .count { background: var(--review-bg); }
    .finding-list { list-style: none; margin: 10px 0 4px; padding: 0; }
    .finding-list li { display: grid; grid-template-columns: 84px minmax(160px, 250px) minmax(0, 1fr); gap: 2px 12px; align-items: baseline; padding: 7px 0; }
    .finding-list li + li { border-top: 1px solid var(--border); }
    .finding-list .chip { justify-self: start; }
    .finding-list .rule-id { overflow-wrap: anywhere; }
    .finding-list .loc { font-size: .8rem; }
    .card-foot { display: flex; gap: 16px; align-items: center; padding: 10px 18px; background: var(--surface-2); border-top: 1px solid var(--border); font-size: .9rem; }
    .button { display: inline-block; padding: 4px 12px; border-radius: 6px; background: var(--accent); color: var(--surface); text-decoration: none; font-weight: 600; }
    footer.page-footer { color: var(--muted); font-size: .85rem; padding: 24px; text-align: center; border-top: 1px solid var(--border); }

    @media (max-width: 820px) {
      .header-grid, .card-head { flex-direction: column; }
      .gate { align-items: flex-start; }
      .card-body { grid-template-columns: 1fr; }
      .card-col + .card-col { border-left: 0; border-top: 1px solid var(--border); }
    }
    @media print {
      .filters, .skip, .page-header nav, .card-foot { display: none; }
      .page-header { background: none; color: #000; }
      .card, .panel, .table-wrap { box-shadow: none; break-inside: avoid-page; }
    }
    """
}
