"""Wild44 truth for CMU-MultiComp-Lab/mmml-course fall2023/_pages/readings.md: the reading page of CMU's course
"Multimodal Machine Learning" (11-777, Fall 2023, Jekyll site, one folder per semester): the papers the students read
for the reading-discussion weeks, grouped under bold week labels, each a bullet "* Paper A: [Title](url)".

Note for the set: the same lab's adv-mmml-course readings page (spring 2022) is in wild36; it is a different course
page of another shape (numbered "Author et al., [Title](url). Venue Year" items); the fall 2020 page of this
repository has that older shape, the fall 2023 page taken here does not.

Shape (65 lines and a final newline): YAML front matter (1-5), then six weeks, each "**Week N**" (7, 17, 25, 33,
46, 58), a blank line and bullets "* Paper A: [Title](url)" ... "* Paper D: ...", from week 7 on followed by
"* Paper 1 (optional): [Title](url)" ... bullets; 38 bullets in all.
Special cases: week 2's six bullets (9-14) all link the same survey (arXiv 2209.03430), each followed by the
sections that group reads ("- _Section 1, Section 2, Section 3_"), with no-break spaces (U+00A0) instead of spaces
around the link and the dash; a bullet followed by an empty link "[](url)" to
another paper's PDF (a copy-paste leftover, 36); a note after the link ("[Note: Major part starts after the
references, page 9]", 51); a title in capitals ("MAKE-A-VIDEO: TEXT-TO-VIDEO GENERATION WITHOUT TEXT-VIDEO DATA",
49); the survey's title written without its colon ("... Machine Learning Definitions, Challenges, ..."); hosts: arXiv
(abs and pdf), ACL Anthology (pdf and page), CVF open access, NeurIPS proceedings, OpenReview, PMLR, ACM DL (a
dl.acm.org/doi URL).

Decisions:
- Entry = each "* Paper X:" bullet (38 entries), required (A-F) and optional (1-5) alike; the six week-2 bullets on
  the same survey are six records and six entries (repeated records are kept).
- Title = the link text as written (capitals and the missing colon kept); the "Paper A:" label, the section list,
  the note and the empty link are not part of it.
- Not an entry: the empty link "[](...)" at the end of line 36 (no text; it repeats the URL of line 30's paper).
- Ids: the first id of the bullet's line, i.e. of its own link (the empty link on 36 comes after it): arXiv from
  arXiv abs/pdf URLs (versionless), the DOI 10.1145/319382.319398 from the dl.acm.org URL; ACL Anthology, CVF,
  NeurIPS, OpenReview and PMLR URLs give none.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild44 import entry, read_lines, write_truth

NAME = "CMU-MultiComp-Lab__mmml-course__fall2023___pages__readings@c296228.md"
PART = "wild44_development"

WEEK = re.compile(r"^\*\*Week \d+\*\*$")
BULLET = re.compile(r"^\* Paper (?P<label>[A-F]|[1-5] \(optional\)):[ \xa0]\[(?P<title>[^\]]+)\]\((?P<url>[^)\s]+)\)")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    weeks = 0
    for n, text in enumerate(lines, 1):
        if WEEK.match(text):
            weeks += 1
            continue
        if not text.startswith("*"):
            assert "](" not in text, (n, text)
            continue
        m = BULLET.match(text)
        assert m, (n, text)
        papers.append(entry(lines, n, n, m.group("title")))
    assert weeks == 6, weeks
    survey = [p for p in papers if p["arxiv"] == "2209.03430"]
    assert [p["line"] for p in survey] == list(range(9, 15)), survey
    assert next(p for p in papers if p["line"] == 36)["arxiv"] == "2204.00598"
    assert [p["doi"] for p in papers if p["doi"]] == ["10.1145/319382.319398"]
    assert len(papers) == 38, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '* Paper X:' bullet under a bold week label is an entry on its line (required A-F and optional 1-5"
        " alike; the six week-2 bullets on the same survey kept as six entries); title = the link text as written;"
        " the empty '[](url)' leftover is not an entry; ids from the bullet's own link (38).",
        "Whole file read (65 lines) against the -v output: the six week labels and all 38 bullets, the six week-2"
        " bullets with their section lists and no-break spaces (9-14), the empty link after Paper B of week 7 (36)"
        " not counted and not taking the id, the note after Paper D of week 11 (51) out of the title, the"
        " capitalised title (49), titles against link texts, arXiv ids from abs and pdf URLs, the ACM DL DOI (65),"
        " no id from ACL Anthology, CVF, NeurIPS, OpenReview or PMLR links.",
    )


if __name__ == "__main__":
    main()
