"""Wild50 truth for kaifeng-he/From-Data-to-Code taxonomy.md: a page of the companion site (Jekyll, just-the-docs) of
the systematic review "Bridging Generation and Training: A Systematic Review of Quality Issues in LLMs for Code",
newest commit holding the file (7d5cd7d, 2026-04-24, 54 KB).  The repository's earlier flat ``paperlist.md`` (numbered
``N. Nickname [YYYY-MM] [[paper](url)]`` lines) was deleted the day before and its lists moved into per-topic pages
as HTML cards; taxonomy.md is the first of them (RQ1 and RQ2 of the review).

Shape: 1217 lines (no final newline).  YAML front matter (1-6), ``# 📚 Taxonomy of Quality Issues`` (8), ``## 💻 RQ1: Generated Code
Quality Issues`` (14) with a pipe table of the 9 quality dimensions (18-28, dimension / description / manifestations,
not papers), a figure ``<div align="center">``, ``### 📄 Referenced Papers`` (38), then 83 paper cards (40-786);
``---``, ``## 📊 RQ2: Training Data Quality Issues`` (789) with bullets of data-issue categories, a figure,
``### 📄 Referenced Papers`` (812) and 45 more cards (814-1217).  Every card is the same eight lines:

    <div class="paper-card">
        <div class="paper-title">Copilot Security</div>                         <- short nickname label
        <div class="paper-subtitle">Is GitHub’s Copilot as Bad as ...?</div>   <- the paper's full title
        <div class="paper-meta">
            <span class="paper-tag">2022-04</span>
            <a href="https://arxiv.org/abs/2204.04741" class="paper-link" target="_blank">View Paper ↗</a>
        </div>
    </div>

Special cases:
- The ``paper-title`` div holds a short label (``HalluCode``, ``Copilot Security``, ``AATK Benchmark``, ``Codex``),
  sometimes the title's own prefix (``LLMs Meet Library Evolution``); the ``paper-subtitle`` div holds the full title
  (``LLMs Meet Library Evolution: Evaluating Deprecated API Usage ...``).  The subtitle is taken as the title; the
  label is a nickname, not title text.
- Many papers are cited in both RQ sections (e.g. ``LLMs Meet Library Evolution`` 40 and 814, Codex, Code Llama,
  SStuBs, AATK): separate entries.
- Links: arXiv abs (one ``arxiv.org/html/2506.08980v1``), ACM ``dl.acm.org/doi/10.1145/...`` and one ``doi.org``,
  IEEE Xplore document pages and one ACL Anthology PDF with ``?utm_source=chatgpt.com``.
- Subtitles are kept as written, lower case included (``Asleep at the keyboard? assessing the security of github
  copilot's code contributions``), ``RustEvo^ 2: ...`` with its stray space, the literal ``&`` in ``A Rigorous &
  High-Standard Benchmark`` (294), curly apostrophes (``GitHub’s``).

Decisions:
- Entry = every ``<div class="paper-card">`` block, lines open..close (8 lines, its link included); title = the text
  of its ``paper-subtitle`` div.
- Not entries: front matter, headings, the dimension table, the category bullets, figures and captions.
"""
import re

from _wild50 import entry, read_lines, write_truth

NAME = "kaifeng-he__From-Data-to-Code__taxonomy@7d5cd7d.md"
PART = "wild50_development"

CARD = '<div class="paper-card">'
LABEL = re.compile(r'^    <div class="paper-title">(?P<label>[^<]+)</div>$')
SUB = re.compile(r'^    <div class="paper-subtitle">(?P<title>[^<]+)</div>$')
TAG = re.compile(r'^        <span class="paper-tag">\d{4}-\d{1,2}</span>$')
LINK = re.compile(r'^        <a href="[^"]+" class="paper-link" target="_blank">View Paper ↗</a>$')


def main() -> None:
    lines = read_lines(NAME)
    assert lines[7] == "# 📚 Taxonomy of Quality Issues", lines[7]
    papers = []
    for n, ln in enumerate(lines, 1):
        if ln != CARD:
            assert "paper-" not in ln or ln.startswith("    "), (n, ln)
            continue
        block = lines[n - 1 : n + 7]
        assert LABEL.match(block[1]) and TAG.match(block[4]) and LINK.match(block[5]), (n, block)
        assert block[3] == '    <div class="paper-meta">' and block[6] == "    </div>" and block[7] == "</div>", n
        m = SUB.match(block[2])
        assert m, (n, block[2])
        papers.append(entry(lines, n, n + 7, m.group("title")))
    rq1 = [p for p in papers if p["line"] < 789]
    assert (len(rq1), len(papers)) == (83, 128), (len(rq1), len(papers))
    t = {p["line"]: p for p in papers}
    assert (t[40]["title"], t[40]["arxiv"], t[40]["end"]) == (
        "LLMs Meet Library Evolution: Evaluating Deprecated API Usage in LLM-based Code Completion",
        "2406.09834", 47), t[40]
    assert t[814]["title"] == t[40]["title"], t[814]
    assert t[58]["doi"] == "10.1145/3524842.3528470", t[58]
    assert t[1210]["title"] == "Asleep at the keyboard? assessing the security of github copilot's code contributions"
    assert t[1210]["doi"] == "10.1145/3610721", t[1210]
    assert [p["line"] for p in papers if p["title"].startswith("How Efficient is LLM-Generated Code?")] == [292]
    write_truth(
        NAME,
        PART,
        papers,
        "Every eight-line HTML card '<div class=\"paper-card\">' ... '</div>' is an entry (128: 83 under RQ1's"
        " 'Referenced Papers', 45 under RQ2's; papers cited in both sections count twice); title = the text of the"
        " card's paper-subtitle div (the full title), not the paper-title div (a short nickname label such as"
        " 'Copilot Security'); entry lines = the card's eight lines including its View Paper link.  The dimension"
        " table, category bullets, headings and figures are not entries.",
        "Read lines 1-60 and 780-830 and the tail; the script asserts every card has exactly the eight-line shape"
        " (label, subtitle, meta, tag YYYY-MM, link, closers) and that no 'paper-' div lies outside a card; grep"
        " counted 128 of each card part; compared the -v titles with every subtitle (special: 'RustEvo^ 2', '&' in"
        " 292/294, lower-case AATK title, curly quotes), ids: arXiv abs/html links, ACM dl.acm.org/doi and doi.org"
        " DOIs, none from IEEE Xplore or the ACL Anthology PDF.",
    )


if __name__ == "__main__":
    main()
