"""Wild truth for THUYimingLi/backdoor-learning-resources README: '- Title.' bullets with '[[pdf]]'/'[[code]]' lines and a '  - Authors. *Venue*, Year.' sub-bullet.

Every top-level '- ' bullet from '## Survey' to the end is an entry, except the bullets of
'Toolbox' (code repositories) and 'Competition' (challenge web sites); the entry's lines run from
the bullet to the last line of its block (link lines and the author sub-bullet, which once lacks
its '- ').  Title = the bullet's text without the final '.'.  Theses and dissertations are
entries; the list's own survey is an entry where the Survey section lists it, but its 'please
cite' BibTeX under 'Reference' is not.  Extra links of a block ('[[extension]]', '[[previous
version]]', '[[arXiv Version (2019)]]', a note's '[[arXiv]]') belong to the entry, so where the
'[[pdf]]' link gives no id the first id of those lines is taken.  The same paper in two sections
is two entries.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "truth_scripts"))
from _heldout import arxiv_of, clean, doi_of, tidy
from _wild import read_lines, save

NAME = "THUYimingLi__backdoor-learning-resources__README@03f6323.md"
PART = "wild_held_out"


def main() -> None:
    lines = read_lines(NAME)
    first = lines.index("## Survey") + 1
    papers = []
    section = ""
    for i, text in enumerate(lines, 1):
        if text.startswith("## "):
            section = text
        if i <= first or not text.startswith("- "):
            continue
        if section in ("## Toolbox", "## Competition"):
            continue
        end = i
        while end < len(lines) and lines[end].strip() and not re.match(r"(- |#)", lines[end]):
            end += 1
        assert end > i, (i, text)
        own = "\n".join(lines[i - 1:end])
        papers.append({"line": i, "end": end, "title": tidy(clean(text[2:])), "arxiv": arxiv_of(own), "doi": doi_of(own)})
    out = {"file": NAME, "part": PART,
           "method": "every top-level '- Title.' bullet from 'Survey' on (Toolbox and Competition excepted) is an"
                     " entry spanning its block of link lines and author sub-bullet, title = the bullet text"
                     " without its final '.'",
           "checked": "550 top-level bullets after '## Survey' (grep '^- '): 7 Toolbox and 2 Competition links are not"
                      " entries, 541 are; the shapes of all blocks counted (pdf+authors 370, pdf+code+authors 155,"
                      " 16 with extra links read one by one, one author line without '- '), 25 entries spread over"
                      " the sections against their lines, theses, the DOI links (ACM, Springer, IEEE none)",
           "papers": papers}
    save(out)


if __name__ == "__main__":
    main()
