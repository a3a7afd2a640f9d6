"""Wild34 truth for ramiroau/ramiroau.github.io content/clases/programa_up_v1.md: the Spanish-language
syllabus of "Derecho constitucional y cambio social" (Maestría en Derecho Constitucional, Universidad
de Palermo; Jaureguiberry & Álvarez Ugarte).

Shape: a Hugo page; "## <class topic>" sections with prose and "### Bibliografía obligatoria" /
"### Bibliografía complementaria" lists.  Each reading is one APA-style bullet "* Author, A. (year).
[Title](dropbox url). Venue/publisher ..." in Spanish or English; two bullets have no link (59, 64-65,
126) and one link is broken (line 54: the "url" is the citation text itself and the closing ")" falls
on line 55, so that record spans lines 54-55).

Entries: readings that are scholarly works: journal articles, chapters of edited volumes ("En X (Ed.),
..."), seminar/conference papers (26, 52, 78, 145), working papers (53 SSRN), unpublished manuscripts
("(manuscrito)", 108, 127) and a research report (79 CIPPEC).  Not entries: authored books and
excerpts of them ("cap. I", "págs. 15-111": 25, 33, 41, 42, 56, 59, 60, 65, 73, 74, 80, 92, 109, 125,
126; line 60 is a chapter of Post & Siegel's own book "Constitucionalismo democrático"; line 109 is a
whole edited book) and the two Supreme Court rulings (93, 94, "CSJN. [...] Fallos ...").
Title = the link text (line 81's leading space dropped); line 64 has no link: its title is the text
between the year and ". En A. Sarat (Ed.)".
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild34 import entry, read_lines, write_truth

NAME = "ramiroau__ramiroau.github.io__content__clases__programa_up_v1@5bfc81e.md"
PART = "wild34_development"

ENTRY_LINES = [26, 30, 31, 32, 51, 52, 53, 54, 57, 58, 64, 78, 79, 81, 91, 98, 106, 107, 108, 110,
               111, 119, 120, 121, 127, 135, 136, 137, 145]
NOT_ENTRIES = {25, 33, 41, 42, 56, 59, 60, 65, 73, 74, 80, 92, 93, 94, 109, 125, 126}


def main() -> None:
    lines = read_lines(NAME)
    bullets = {i for i, ln in enumerate(lines, start=1) if ln.startswith("* ")}
    assert bullets == set(ENTRY_LINES) | NOT_ENTRIES, sorted(bullets ^ (set(ENTRY_LINES) | NOT_ENTRIES))
    papers = []
    for i in ENTRY_LINES:
        ln = lines[i - 1]
        last = 55 if i == 54 else i  # broken link: its ")" closes on line 55
        if i == 64:
            title = re.search(r"\(2004\)\. (.+?)\. En A\. Sarat", ln).group(1)
        else:
            title = re.search(r"\[([^\]]+)\]", ln).group(1)
        papers.append(entry(lines, i, last, title))
    assert len(papers) == 29, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Bibliography bullets that are articles, chapters of edited volumes, seminar/conference/working "
        "papers, manuscripts or reports (not authored books or their chapters, not court rulings); title = "
        "the link text, or the plain title for the unlinked chapter on line 64.",
        "All 46 bibliography bullets classified by eye; the 29 entries checked against their lines, "
        "including the broken link spanning 54-55 and the unlinked chapter on line 64.",
    )


if __name__ == "__main__":
    main()
