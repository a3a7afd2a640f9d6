"""Wild14 truth for gavinsimpson/fromthebottomoftheheap publications/365papers/2016.md: an ecologist's
#365papers log, "Papers read in 2016" (Jekyll page).

After YAML front matter (its 'nocite' list of citation keys is not an entry) and one '## Papers read
in 2016' heading, the file is a numbered list '1. ' .. '55. ', one reference per line, blank lines
between.  Every numbered line is an entry (55: journal articles, preprints, one book chapter
'On the identification of trend ...' in an edited volume, a paper, so kept).  Each reference is
written 'Authors. Title. *Venue* vol, pages (year). [doi: ...](http://doi.org/...)'; the title
runs from the end of the author list (after the last author's initials, or after 'et al.') to
the italic venue, or, where the venue is not in italics (bioRxiv, arXiv, American Naturalist,
Stat. Comput., Oikos, 'In *book*'), to that venue word; the separator dot is dropped, a closing
'?' kept (two titles end in 'Warton et al.' / 'Beissinger et al.': the file writes one dot for
abbreviation and separator, and the separator convention drops it).  The pandoc subscript 'CO~2~'
stays as written.  arXiv ids (six) come from the 'at [http://arxiv.org/abs/...]()' link text; DOIs from the
doi links (the helper takes the first DOI written, the link text's).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild14 import entry, read_lines, write_truth

NAME = "gavinsimpson__fromthebottomoftheheap__publications__365papers__2016@2030e87.md"
PART = "wild14_development"
LINES = read_lines(NAME)

# author lists the generic rule below does not split right: number -> the authors' text as written
AUTHORS = {
    12: "Soued, C., del Giorgio, P. A., & R. Maranger.",
    53: "D. Vinebrooke, R. et al.",
    49: "Ernest, S. k. M. et al.",
}
# the title's end where the venue is not in italics: number -> text that follows the title
AFTER = {
    13: " American Naturalist",
    14: " bioRxiv (2015)",
    25: " In *Recent",
    34: " bioRxiv 045468",
    35: " arXiv [stat.ME]",
    36: " Stat. Comput.",
    37: " arXiv [stat.AP]",
    53: " Oikos 104",
}
NAME_RE = r"[^,&.]+?, (?:[A-Z]\.(?: ?-?[A-Z]\.)*)"
AUTH_RE = re.compile(rf"{NAME_RE}(?:,? (?:& )?{NAME_RE})*(?: et al\.)?")


def title_of(num: int, rest: str) -> str:
    if num in AUTHORS:
        assert rest.startswith(AUTHORS[num]), num
        body = rest[len(AUTHORS[num]):].lstrip()
    else:
        m = AUTH_RE.match(rest)
        assert m, num
        body = rest[m.end():].lstrip()
    end = body.index(AFTER[num]) if num in AFTER else body.index(" *")
    return body[:end]


def main() -> None:
    papers = []
    nums = []
    for i, text in enumerate(LINES, 1):
        m = re.match(r"(\d+)\. (.+)$", text)
        if not m:
            assert not re.match(r"\s*\d+\.", text), i
            continue
        num = int(m.group(1))
        nums.append(num)
        papers.append(entry(LINES, i, i, title_of(num, m.group(2))))
    assert nums == list(range(1, 56)), nums
    write_truth(NAME, PART, papers,
                "every numbered reference line '1.'..'55.' under 'Papers read in 2016' is an entry (the chapter in an"
                " edited volume included); title = the text between the author list and the venue (italic, or the"
                " named plain venue), the separator dot dropped",
                "all 55 titles read against their lines (author-list ends incl. 'et al.', 'S. k. M.', '& R. Maranger.',"
                " plain-text venues bioRxiv/arXiv/Oikos/Stat. Comput./American Naturalist), numbering 1-55 without gaps,"
                " arXiv ids of the six arXiv lines, DOIs of 49 lines, front matter 'nocite' keys not taken")


if __name__ == "__main__":
    main()
