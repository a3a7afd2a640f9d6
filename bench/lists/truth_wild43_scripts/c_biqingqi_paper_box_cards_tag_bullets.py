"""Wild43 truth for Biqing-Qi/Biqing-Qi.github.io _pages/includes/pub.md: the publication list of an LLM
researcher's AcadHomepage site (Biqing Qi: foundation models, continual learning, test-time scaling, AI for
science), an include pulled into the home page.

Shape: 228 lines.  ``# 📝 Publications`` (2), a notes bullet on ``*``/``†`` marks (3), then three topic headings:
``## 🎙 Foundation Model`` (5), ``## 🌱  Multi-Agents Systems`` (96), ``## 👄 Applications`` (144).  Records come in
two forms.  (a) 27 HTML cards: ``<div class='paper-box'><div class='paper-box-image'>...<img ...></div></div>``
(one line), ``<div class='paper-box-text' markdown="1">``, a blank or whitespace line, the record line, optional
indented note bullets (32-34, 51-54), then ``</div>`` and ``</div>`` (the card closes on the second).  (b) five
one-line ``- `` bullets (90-94) at the end of the first topic.  A record line is a run of double-backtick tags
(````ACL 2025```` ````Alignment````), sometimes a red ``<span>`` note ("(Oral)", "(Highlight)", "(Spotlight)"),
then the title as a Markdown link to the paper (arxiv.org/pdf mostly, CVF open access at 50, OpenReview at
101), then the authors (own name bold, ``\\*``/``†`` marks, long lists shortened with ``...``), sometimes a
GitHub-stars shields badge linking to the code.  Special cases: 10 and 17 link the same arXiv PDF 2407.08642
(the survey at 17 carries the position paper's link; the id is recorded as written); 93's link text starts with
a space (``[ T-GRAG: ...]``); 149 links ``2407.08940v1``; 177 has no comma after the link; several URLs end in
``?``.  No DOIs are written.
Decisions:
- Entry = each paper-box card, from its ``<div class='paper-box'>`` line to the card's closing ``</div>`` (27),
  and each ``- `` bullet of 90-94 (5): 32, all papers, preprints or technical reports.  The notes bullet (3)
  is not an entry.
- Title = the text of the record line's first link (the paper link), as written; tags, award spans, authors
  and badges are not part of it.
- Ids: the arXiv id of the paper link (helper), none for the CVF and OpenReview links; no DOIs.
"""
import re

from _wild43 import entry, read_lines, write_truth

NAME = "Biqing-Qi__Biqing-Qi.github.io___pages__includes__pub@5edb593.md"
PART = "wild43_development"

BOX = "<div class='paper-box'>"
TAGGED = re.compile(r"^(?:- )?``[^`]+``")
LINK = re.compile(r"\[([^\]]+)\]\((https?://[^)\s]+)\)")


def title_of(line: str) -> str:
    m = LINK.search(line)
    assert m is not None and not m.group(1).startswith("!"), line
    return m.group(1)


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    n = 1
    cards = bullets = 0
    while n <= len(lines):
        ln = lines[n - 1]
        if ln.startswith(BOX):
            first = n
            assert lines[n].startswith("<div class='paper-box-text' markdown=\"1\">"), n
            rec = [k for k in range(n + 2, n + 5) if TAGGED.match(lines[k - 1])]
            assert len(rec) == 1, (n, rec)
            k = rec[0]
            while lines[k - 1].strip() != "</div>":
                k += 1
            assert lines[k].strip() == "</div>", k
            last = k + 1
            papers.append(entry(lines, first, last, title_of(lines[rec[0] - 1])))
            cards += 1
            n = last + 1
            continue
        if ln.startswith("- ``"):
            papers.append(entry(lines, n, n, title_of(ln)))
            bullets += 1
        n += 1
    assert (cards, bullets) == (27, 5), (cards, bullets)
    t = {p["line"]: p["title"] for p in papers}
    e = {p["line"]: p["end"] for p in papers}
    a = {p["line"]: p["arxiv"] for p in papers}
    assert t[7] == "Towards Building Specialized Generalist AI with System 1 and System 2 Fusion", t[7]
    assert t[93] == "T-GRAG: Temporal Graph Retrieval Augmented Generation", t[93]
    assert t[218].startswith("MSI-Agent: Incorporating Multi-Scale Insight"), t[218]
    assert e[7] == 12 and e[28] == 36 and e[47] == 56 and e[174] == 180 and e[218] == 223, e
    assert a[7] == a[14] == "2407.08642" and a[146] == "2407.08940", (a[7], a[14], a[146])
    assert a[47] is None and a[98] is None, (a[47], a[98])
    assert not any(p["doi"] for p in papers)
    assert len(papers) == 32, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each paper-box HTML card (from its <div class='paper-box'> line to the card's closing </div>; 27) and each "
        "'- ``tag``' bullet (5) is an entry (32); title = the text of the record line's first link (the paper "
        "link) after the ``tag`` runs; arXiv ids from the arxiv.org/pdf links (none for the CVF and OpenReview "
        "links), no DOIs.",
        "Read the whole file against the -v output: every card's span (incl. the note bullets of 28 and 47, the "
        "blank line inside 174), every title and id, the two cards linking the same arXiv PDF (7, 14), 93's "
        "leading space, 149's v1 link, 177 without comma, the award spans, shields badges and the notes bullet 3 "
        "(not an entry).",
    )


if __name__ == "__main__":
    main()
