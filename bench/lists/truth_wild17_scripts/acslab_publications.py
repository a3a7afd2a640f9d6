"""Wild17 truth for ACSLaboratory/ACSLaboratory.github.io publications.md: the hand-written publication
page of a robotics lab (Spring Berman's Autonomous Collective Systems Lab, ASU), Jekyll page with
'<h3>' section headings (Journal Papers, Book Chapters, Refereed Conference Papers, Invited
Conference Papers, Refereed Abstracts, Technical Reports, Ph.D. Theses).

Taken at commit 812ac90, the tip of the repository's 'modern_transition' branch: the default
branch (master) of the snapshot has no publications.md.

Shape: one paragraph per publication, each a single line '[J21]   Authors.  Title.  Venue, year.
[BibTex] PDF' (tags J, B, C, IC, A, Tech, T with a number, counting down), authors in full
names with middle initials ('Stephen C. Pratt', 'M. Ani Hsieh'), separators of one or two
spaces, no quotes or markup around the title; trailing '[BibTex]', 'PDF', 'Link' labels (a few
'PDF' are <a> links to the lab's WordPress PDFs, most are plain words), a few notes ('Poster',
'[Technical Brief]', 'The link to the Pheeno GitHub page is here').

Entries: every tagged paragraph (62: 21 journal papers, 2 book chapters, 29 conference papers,
1 invited paper, 4 refereed abstracts, 1 technical report, 4 PhD theses); book chapters,
abstracts, the student project report the list files under Technical Reports and the theses
are scholarly works the lab lists as its publications.  Title = the second '. '-delimited
segment: the author list ends at the first '. ' not preceded by a single-letter initial
('C.', 'P.'), the title at the next such '. '.  The technical report's title ends in
'Technologies, Inc.' followed by the citation's own '.', so its title keeps 'Inc.' (set after
the helper, which would drop a final full stop).  ids: none (no DOI or arXiv link in the file;
the PDF links are lab-site files).

Count check: 62 tags = grep -c '^\\['; per section 21/2/29/1/4/1/4, and the numbers of each tag
family run down without gaps (asserted).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild17 import entry, read_lines, write_truth

NAME = "ACSLaboratory__ACSLaboratory.github.io__publications@812ac90.md"
PART = "wild17_development"
FAMILIES = {"J": 21, "B": 2, "C": 29, "IC": 1, "A": 4, "Tech": 1, "T": 4}

def stops(text: str) -> list[re.Match]:
    """The '. ' that end a segment: not after a single capital initial (' P.', 'M.' at the start)."""
    out = []
    for m in re.finditer(r"\.\s+", text):
        k = m.start()
        if k >= 1 and text[k - 1].isupper() and (k == 1 or text[k - 2] in " ("):
            continue
        out.append(m)
    return out


def split_title(body: str) -> str:
    s = stops(body)
    assert len(s) >= 2, body
    return body[s[0].end(): s[1].start()]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    seen: dict[str, list[int]] = {}
    for i, text in enumerate(lines, 1):
        m = re.match(r"\[([A-Za-z]+)(\d+)\]\s+(.*)$", text)
        if not m:
            assert not text.startswith("["), i
            continue
        fam, num, body = m.group(1), int(m.group(2)), m.group(3)
        seen.setdefault(fam, []).append(num)
        title = split_title(body)
        p = entry(lines, i, i, title)
        if fam == "Tech":
            assert title.endswith("Technologies, Inc."), title
            p["title"] = re.sub(r"\s+", " ", title).strip()
        papers.append(p)
    assert {f: len(v) for f, v in seen.items()} == FAMILIES, seen
    for f, v in seen.items():
        top = FAMILIES[f] - (1 if f == "T" else 0)   # theses run T3..T0
        assert v == list(range(top, top - len(v), -1)), (f, v)
    assert len(papers) == 62
    write_truth(
        NAME, PART, papers,
        "every '[J..]/[B..]/[C..]/[IC..]/[A..]/[Tech..]/[T..]' paragraph is an entry (one author-first"
        " reference per line); title = the segment between the end of the author list and the next"
        " '. ' not preceded by a single-letter initial",
        "all 62 titles one by one against the file (authors with middle initials, single- vs"
        " double-space separators, 'Inc..' in the technical report kept as 'Inc.', titles with"
        " colons, 'Pheeno, A Versatile ...'); tag numbering per family asserted; no ids in the file")


if __name__ == "__main__":
    main()
