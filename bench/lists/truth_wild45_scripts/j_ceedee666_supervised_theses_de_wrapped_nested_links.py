"""Wild45 truth for ceedee666/drumm.sh content/teaching/thesis.md (newest commit d820296): the "Bachelor and Master
Thesis" page of a professor at FH Aachen (Hugo/Markdown site), 215 lines.  The page's frame is English (headings,
two short paragraphs), the list itself is mostly German: 49 supervised theses in 48 bullets, 43 with German titles,
6 with English ones (88, 89, 91, 113, 120, 207).

Shape: front matter (1-6); a toc comment block ``<!--toc:start-->`` ... ``<!--toc:end-->`` (8-25) whose bullets link
to the headings; "Possible Thesis Topics" (27-77) with ``###`` areas and numbered ``1.`` topic ideas, some wrapped
(``1. Generation of process models ... (in cooperation with`` / ``   [Regionetz](...))``); then "Supervised Thesis"
(79-215) with one ``###`` heading per year (2025 ... 2020), under it group bullets ``- **Bachlor Thesis**`` (sic) or
``- **Master Thesis**`` and, nested, one bullet per thesis ``  - title`` or ``  - [title](/teaching/thesis/<year>/<slug>)``.
Titles are hard-wrapped at about 80 columns, so most records run over two or three lines (continuation lines indented
four spaces) and the link text itself is split (``  - [Anwendung von NFTs und Blockchain in der Gaming-Industrie:
Literaturreview`` / ``    und Aspekte für ein erfolgreiches`` / ``    Geschäftsmodell](/teaching/thesis/2022/nft_gaming)``).
Special records: 88 and 89-90 end in ``(currently in progress)``; 91-92 ends with a full stop; 134-137 holds two
theses in one bullet, the second glued on as a link after `` -`` (``Optimierung einer Testsuite im Bereich
SAP-Treasury bei der Generali`` / ``Deutschland AG -[Künstliche Intelligenz in unternehmerischen`` /
``Entscheidungsprozessen - Eine strukturierte`` / ``Literaturanalys](/teaching/thesis/2024/ki-entscheidungsprozesse)``);
typos kept (``Massiv Open Online``, ``Literaturanalys``, ``eine internen Lernportals``).  Links are site-internal
(abstract pages), no ids.

Entries (49): every nested thesis bullet under "Supervised Thesis" (48), the double bullet 134-137 counting twice.
The two in-progress bachelor theses (88, 89) are entries: they are listed among the supervised theses as works.
Not entries: the toc bullets, the topic ideas (27-77, proposals, not works), the group bullets
``- **Bachlor Thesis**`` / ``- **Master Thesis**``, the headings.
Spans: the bullet and its continuation lines (up to the line before the next bullet or blank line).
Titles: the bullet's text with its lines joined by a space -- the link text when the bullet is a link -- without
`` (currently in progress)`` and without a final ``.`` (91-92); 134-137 the text before `` -[`` and the link text.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild45 import entry, read_lines, write_truth

NAME = "ceedee666__drumm.sh__content__teaching__thesis@d820296.md"
PART = "wild45_development"

LINKED = re.compile(r"^\[(.*)\]\(/teaching/thesis/[^)]*\)$")


def main() -> None:
    lines = read_lines(NAME)
    assert len(lines) == 216 and lines[-1] == "" and lines[78] == "## Supervised Thesis"
    papers = []
    i = 80
    while i <= len(lines):
        ln = lines[i - 1]
        if not ln.startswith("  - "):
            assert not ln.startswith("    "), i
            i += 1
            continue
        end = i
        while end < len(lines) and lines[end].startswith("    "):
            end += 1
        text = " ".join(x.strip() for x in lines[i - 1 : end])[2:]
        if i == 134:
            first, second = text.split(" -[", 1)
            assert first == "Optimierung einer Testsuite im Bereich SAP-Treasury bei der Generali Deutschland AG"
            papers.append(entry(lines, i, end, first))
            text = "[" + second
        m = LINKED.match(text)
        title = m.group(1) if m else text
        assert "](" not in title and "[" not in title, (i, title)
        title = title.removesuffix(" (currently in progress)").removesuffix(".")
        papers.append(entry(lines, i, end, title))
        i = end + 1
    t = {p["line"]: p["title"] for p in papers}
    e = {p["line"]: p["end"] for p in papers}
    assert t[88] == "Clean Code: literature review" and e[88] == 88
    assert t[89] == "Analysis of the usage of open source software in small and mid-size companies" and e[89] == 90
    assert t[91] == "Using Large Language Models (like ChatGPT) in teaching ERP System and/or Python programming"
    assert t[100] == ("Konzeption und Realisierung einer skalierbaren Integrations- und Transformationsarchitektur für "
                      "digitales Marketing") and e[100] == 102
    assert [p["title"] for p in papers if p["line"] == 134][1] == (
        "Künstliche Intelligenz in unternehmerischen Entscheidungsprozessen - Eine strukturierte Literaturanalys")
    assert e[134] == 137 and e[113] == 115 and e[161] == 161
    assert t[168] == ("Anwendung von NFTs und Blockchain in der Gaming-Industrie: Literaturreview und Aspekte für ein "
                      "erfolgreiches Geschäftsmodell")
    assert t[214] == "Optimierung von Rüstprozessen mit künstlicher Intelligenz" and e[214] == 215
    assert min(t) == 88 and max(t) == 214
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    assert len(papers) == 49, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each nested thesis bullet under 'Supervised Thesis' (with its hard-wrapped continuation lines) is an entry, "
        "the double bullet 134-137 counting twice and the two '(currently in progress)' theses included; title = the "
        "joined bullet text or link text without the progress note and a final '.'; the toc, the possible-topic "
        "ideas and the Bachlor/Master group bullets are not entries; no ids (site-internal links).",
        "Whole 215-line file read against the -v output: the toc 8-25 and the topic lists 34-77 checked to give no "
        "entry, every one of the 48 thesis bullets (span end at the last continuation line, joined titles of the "
        "two- and three-line links, the split of 134-137, the notes of 88/89-90, the full stop of 91-92), the eight "
        "group bullets and the year headings.",
    )


if __name__ == "__main__":
    main()
