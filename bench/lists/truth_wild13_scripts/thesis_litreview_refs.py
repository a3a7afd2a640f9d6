"""Wild13 truth for jenniferied/master-thesis-literature-review drafts/literature_review_chapter.md: the draft
literature-review chapter of a master's thesis (AI-assisted worldbuilding for games).

Shape: 350 lines of prose in numbered sections with inline author-year citations ('(Vaswani et al., 2017)',
'Mateas and Stern created ...') and a few bullet lists of tools and findings (not entries), then
'## References' with an italic note and 53 APA-style references, one paragraph (one line) each, blank
lines between: 'Surname, I., et al. (Year). Title in sentence case. *Venue, vol*(issue), pages.'  No links;
eight references give a bare 'arXiv preprint arXiv:NNNN.NNNNN' in the venue (the arXiv id).

What is an entry: every reference paragraph except the five books, which the file writes with the title in
italics and a publisher ('Jenkins, H. (2008). *Convergence Culture: ...*. NYU Press.', Murray 1997,
Prusinkiewicz & Lindenmayer 1990, Shaker et al. 2016, Wolf 2012): 53 - 5 = 48.  Two references cite a
Game Developers Conference contribution (Clavet 2016, Mateas & Stern 2003) in the same form as the
conference papers and are kept as entries; Tolkien's 'On fairy-stories. In *Essays Presented to Charles
Williams*' (an essay in an edited volume) is kept.  Inline citations in the prose are not entries.

Title: the text between '(Year). ' and the first '. *' (or '. In *'), as written (sentence case, a closing
'(PCGML)' kept); the final full stop is the separator.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild13 import entry, read_lines, write_truth

NAME = "jenniferied__master-thesis-literature-review__drafts__literature_review_chapter@3e92da1.md"
PART = "wild13_development"
LINES = read_lines(NAME)

REF = re.compile(r"^(?P<authors>[^()]+?) \((?P<year>\d{4})\)\. (?P<rest>.+)$")


def main() -> None:
    start = LINES.index("## References") + 1
    papers = []
    books = []
    refs = 0
    for i in range(start + 1, len(LINES) + 1):
        text = LINES[i - 1]
        if not text or text.startswith("*Note:"):
            continue
        m = REF.match(text)
        assert m, (i, text)
        refs += 1
        rest = m.group("rest")
        if rest.startswith("*"):
            books.append(m.group("authors"))
            continue
        t = re.match(r"(.+?)\. (?:In )?\*", rest)
        assert t, (i, rest)
        papers.append(entry(LINES, i, i, t.group(1)))
    assert refs == 53, refs
    assert [b.split(",")[0] for b in books] == ["Jenkins", "Murray", "Prusinkiewicz", "Shaker", "Wolf"], books
    assert len(papers) == 48
    # no reference-like paragraph before the heading
    assert not any(REF.match(t) for t in LINES[: start - 1])
    write_truth(
        NAME,
        PART,
        papers,
        "every APA reference paragraph under '## References' is an entry except the five books (italic title and"
        " publisher); title = the text between '(Year). ' and the first '. *'; inline citations in the prose are"
        " not entries",
        "all 53 reference paragraphs read (48 entries, 5 books by their italic title and publisher); all 48 titles"
        " and the eight arXiv ids checked against the file; the prose sections and bullet lists looked over for"
        " reference-like records (none)",
    )


if __name__ == "__main__":
    main()
