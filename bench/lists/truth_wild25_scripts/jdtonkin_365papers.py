"""Wild25 truth for jdtonkin/jdtonkin.github.io 365papers/index.md: an ecologist's #365papers reading diary (2016).

Commit: the last version of the page (73107fa, 2016-03-07); the snapshot's HEAD removed the
whole site ('decomission site'), so HEAD has no list.

Shape: Jekyll front matter, an HTML comment holding a DOI-link template (lines 6-8, again at
lines 111-119; not entries), an intro paragraph, then one numbered paragraph per reading item
(items 1-48 on even lines 14-108, blank lines between).  A paper item is
'N. **<full reference in bold>** [DOI:10.x/y](http://dx.doi.org/10.x/y). <the reader's notes>'.
The bold reference comes in two citation styles: Elsevier-like 'Authors, YEAR. Title. Journal
vol, pages.' (items 1-33, 35, 38, 40) and APA-like 'Authors (YEAR). Title. Journal, vol,
pages.' (items 42-47).  Some items have no DOI link (17, 19, 22, 24, 38, 46); item 16 puts its
DOI link inside the bold text; items 32, 35, 44, 45, 47 have a DOI but no notes.
Entries: every item whose bold text is a paper reference (40).  Not entries (8): the items that
log peer reviews done instead of a paper read, 'Review for journal.' (2, 34, 36, 39, 48),
'Review for journal. Re-review.' (7), 'Re-review for journal.' (37) and 'Friendly review for
colleagues.' (41).
Title = the text after the 'YEAR. ' / '(YEAR). ' that closes the authors, up to the first '. '
or '? ' (the '?' is kept, the '.' is the citation's separator and dropped).  Special cases:
item 1 (line 14) ends its title with 'California, U.S.A.', whose last dot is also the
separator; the title keeps 'U.S.A.' as the paper writes it.  Items 17 (line 46) and 43
(line 98) start with a re-read tag, 'RE-READ: ' and 'Re-read: ', dropped.  Item 40's DOI
(10.1002/9781444341812) is the special issue's book DOI and item 44's (10.1890/14-1497.1.sm) a
supplement's; both are kept as written.
Count check: 48 numbered items = 40 papers + 8 review items; 34 of the 40 have a DOI.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild25 import entry, read_lines, write_truth

NAME = "jdtonkin__jdtonkin.github.io__365papers__index@73107fa.md"
PART = "wild25_development"
REVIEWS = {2, 7, 34, 36, 37, 39, 41, 48}
TITLE_OVERRIDE = {
    14: "Long-term seasonal variation in the biological traits of benthic-macroinvertebrates in two"
        " Mediterranean-climate streams in California, U.S.A.",
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    numbers = []
    for i, text in enumerate(lines, 1):
        m = re.match(r"^(\d+)\. \*\*(.+?)\*\*", text)
        if not m:
            continue
        n, bold = int(m.group(1)), m.group(2)
        numbers.append(n)
        if n in REVIEWS:
            assert "review" in bold.lower(), i
            continue
        bold = re.sub(r"^(?:RE-READ|Re-read): ", "", bold)
        a = re.match(r"^\D+?,? \(?(\d{4})\)?\. (.+)$", bold)
        assert a, i
        rest = a.group(2)
        t = re.match(r"(.+?)(\?|\.) ", rest)
        assert t, i
        title = t.group(1) + ("?" if t.group(2) == "?" else "")
        if i in TITLE_OVERRIDE:
            assert TITLE_OVERRIDE[i] in text, i
            title = TITLE_OVERRIDE[i]
        papers.append(entry(lines, i, i, title))
    assert numbers == list(range(1, 49)), numbers
    assert len(papers) == 40, len(papers)
    assert sum(1 for p in papers if p["doi"]) == 34
    write_truth(NAME, PART, papers,
                "every numbered diary item whose bold text is a paper reference is an entry (40); title = the"
                " text between the authors' 'YEAR. ' or '(YEAR). ' and the next '. ' or '? ' ('?' kept), a"
                " 'RE-READ:'/'Re-read:' tag dropped; the 8 'Review for journal.'-type items are not entries",
                "all 48 items read against the file: the 8 review items, both citation styles, the U.S.A. title"
                " (line 14), the re-read tags (lines 46, 98), the DOI inside the bold (line 44), the six items"
                " without DOI and the book/supplement DOIs of items 40 and 44; every title compared with its line")


if __name__ == "__main__":
    main()
