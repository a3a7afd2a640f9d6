"""Wild9 truth for priyanmuthu/cse291-wiki Reading-List.md: the reading list of a program-synthesis
graduate course (UCSD CSE 291), a GitHub wiki page.

Shape: '## Required Reading' with '### Week N: Nickname' headings, each over one reference paragraph
'Authors: [Title](pdf url). Venue'YY' followed by a '**Questions:**' block of homework bullets; then
'## Recommended Reading' with '### Week N' headings over blank-line-separated reference paragraphs of
the same form (authors as surnames; a few write '.' or nothing instead of ':' after the authors, a few
put no '.' before the venue).  Four paragraphs put the authors on one line and the link on the next
(lines 80-81, 88-89, 261-262, 268-269); the entry spans both lines.  Two HTML comments (lines 96-154,
287-297) hold commented-out weeks and readings: not rendered, so not entries; the question bullets,
including the '[following program](rise4fun)' link inside the first comment and the codecogs <a><img>
formulas of line 55-56, are not entries.

Entry = each reference paragraph outside the comments: 9 required readings + 52 recommended (per week
2, 5, 5, 9, 3, 1, 5, 6, 13, 3) = 61, which is also the number of '](' links outside the comments.
The same paper listed twice (FlashExtract, lines 194 and 255) stays two entries.  Title = the link text as written (typos such as 'usingLearned' kept).  Ids come from the
paragraph's own link: four arXiv pdf/abs links, Springer links with a %2F-encoded DOI; ACM
'citation.cfm?doid=' links do not write a DOI.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild9 import entry, read_lines, write_truth

NAME = "priyanmuthu__cse291-wiki__Reading-List@bbc65e9.md"
LINES = read_lines(NAME)

LINK = re.compile(r"\[([^\]]+)\]\(([^)]*)\)")


def main() -> None:
    papers = []
    comment = False
    part = None
    per_part = {"Required": 0, "Recommended": 0}
    for i, text in enumerate(LINES, 1):
        if text.startswith("<!--"):
            comment = True
        if comment:
            if "-->" in text:
                comment = False
            continue
        if text.startswith("## "):
            part = text.split()[1]
            continue
        if text.startswith(("- ", "  ", "**Questions", "#")):
            continue
        m = LINK.search(text)
        if not m:
            continue
        first = i
        if LINK.match(text):  # link on its own line: the authors line above belongs to the entry
            assert LINES[i - 2].rstrip().endswith(":") or LINES[i - 2].strip().endswith(","), i
            first = i - 1
        papers.append(entry(LINES, first, i, m.group(1)))
        per_part[part] += 1
    assert per_part == {"Required": 9, "Recommended": 52}, per_part
    assert len(papers) == 61
    split = [p["line"] for p in papers if p["line"] != p["end"]]
    assert split == [80, 88, 261, 268], split
    write_truth(NAME, "wild9_development", papers,
                "every 'Authors: [Title](url). Venue' reference paragraph under Required and Recommended Reading"
                " outside the two HTML comments is an entry (authors line + link line when split), title = the"
                " link text; question bullets and commented-out readings are not entries",
                "all 61 entries against the file (9 required + 52 recommended, per-week counts by eye, equal to the"
                " '](' links outside comments), the four two-line paragraphs, the ids of the arXiv and Springer links")


if __name__ == "__main__":
    main()
