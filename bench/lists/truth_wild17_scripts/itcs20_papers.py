"""Wild17 truth for tcsmath/itcsconf.github.io itcs20/papers.md: the accepted papers of ITCS 2020 (theory of computing).

Shape: the whole file is 86 bullets '* Author; Author; ... Author. Title' (no heading, no links,
no venue, no blank line; the last line has no closing newline).  Authors are separated by ';',
their list ends with '. ' before the title; names hold initials with dots ('S. Matthew Weinberg',
'Karthik C. S..' where the initial's dot is followed by the separating one, 'T-H. Hubert Chan'),
and some names are mojibake ('LÃ¡szlÃ³ A. VÃ©gh').  Every bullet is an entry (one line); title =
the text after the first '. ' that follows the last ';' (the whole author list for one author) and
is not the dot of an initial (a single capital, or 'T-H').  Titles are kept as written, with
LaTeX ('On a Theorem of Lov\\'asz that $\\hom(\\cdot, H)$ ...') and a question mark at the end of
the last one.  No ids in the file.
Counts: 86 lines, all starting '* ' (grep -c).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild17 import entry, read_lines, write_truth

NAME = "tcsmath__itcsconf.github.io__itcs20__papers@74e9cb3.md"
LINES = read_lines(NAME)


def split(text: str) -> tuple[str, str]:
    """Authors and title of one bullet's text."""
    start = text.rfind(";") + 1
    for m in re.finditer(r"\. ", text[start:]):
        pre = text[: start + m.start()]
        if re.search(r"(^|[\s;])([A-Z]|T-H)$", pre):
            continue
        return pre, text[start + m.end():]
    raise AssertionError(text)


def main() -> None:
    papers = []
    for i, text in enumerate(LINES, 1):
        assert text.startswith("* "), i
        authors, title = split(text[2:])
        assert len(authors) < 200 and title[0].isupper() or title[0] in "($", i
        papers.append(entry(LINES, i, i, title))
    assert len(papers) == 86
    write_truth(NAME, "wild17_development", papers,
                "every '* Authors. Title' bullet is an entry (one line), title = the text after the '. ' that ends the"
                " ';'-separated author list (dots of initials skipped), LaTeX kept",
                "86 bullets (every line), every author/title split printed and read by eye (initials 'C. S..', 'T-H.',"
                " 'D. Ellis', 'K. V.', mojibake names), the titles with ':', '?', '(very)', LaTeX; no ids in the file")


if __name__ == "__main__":
    main()
