"""Wild33 truth for opetchey/RREEBES papers.md: an ecology reading group's list of papers to reproduce.

Shape: sections by reproduction status; each record is a paragraph that opens with the citation in square
brackets -- "[Authors (year) Title. Journal...](url)" or, broken, "[...] (url)" with a space (renders as
bracketed text plus a parenthesised URL) -- then notes (who, data, "TMM: ..." comments), sometimes on the next
line(s).  Citation styles vary: "Authors (year) Title.", "AUTHORS (year, Venue): Title.", Chicago with a
quoted title (line 59), "Ito, H.C and Dieckmann, U. Title (2007), Journal" (line 51).  An entry is each
paragraph starting with "["; its span runs to the last note line before the blank line.  Not entries: the
MAR-model paper named inline in the note of line 6 (prose), "One of Lutz Becks et al's papers." (line 11, no
paper named), data/report links.  Title: from the bracketed citation, markup removed.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild33 import entry, read_lines, write_truth

NAME = "opetchey__RREEBES__papers@8ab36bf.md"
PART = "wild33_development"


def title_of(n: int, cit: str) -> str:
    if n == 59:
        return re.search(r"“(.+?)\.?”", cit).group(1)
    if n == 51:
        return re.search(r"U\. (.+?) \(2007\)", cit).group(1)
    m = re.search(r"\(\d{4}(?:, [^)]*)?\):?\s*", cit) or re.search(r"\b\d{4}\.\s+", cit)
    rest = cit[m.end():]
    e = re.search(r"(?<=\S)\.\s+(?=[A-Z,])|\.$|$", rest)
    return rest[: e.start()]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, l in enumerate(lines, 1):
        if not l.startswith("["):
            continue
        end = i
        while end < len(lines) and lines[end].strip():
            end += 1
        cit = l[1 : l.index("]")]
        papers.append(entry(lines, i, end, title_of(i, cit)))
    assert len(papers) == 27, len(papers)
    write_truth(NAME, PART, papers,
                "Each paragraph opening with a bracketed citation is an entry (through its note lines); title"
                " cut from the bracketed citation after the (year) or year marker, two styles by line number.",
                "All 27 entries read against the file, titles and ids checked one by one; inline MAR paper"
                " (line 6) and line 11 confirmed not entries.")


if __name__ == "__main__":
    main()
