"""Wild13 truth for weihaox/awesome-neural-rendering docs/LIGHT-REFLECTANCE-ILLUMINANCE-AND-SHADE.md:
three-line paper records held together by HTML '<br>' line breaks inside Markdown.

Shape: under one '## Light, Reflectance, Illuminance, and Shade' heading, each paper is a block
'**Title.**<br>' / '*Authors (some linked).*<br>' / 'Venue Year. [[PDF](url)] [[Project](url)] ...',
blocks separated by a blank line.  Every block is an entry on its three lines; title = the bold text
without the closing '.' (a separator the list puts after every title).  The heading is not an
entry.  Odd spots kept as written: a broken '[Code](...)]' link (line 189), a '[[Priject](...)]'
label and a block with no PDF link (line 183), 'ECCV 2200.' (line 173), author lines ending
'<br' without '>' or with a trailing space.  Ids come from the block's links: arXiv abs/pdf links
(http and https), an ACM DL fullHtml DOI; computer.org / drive / project-page PDFs give none.

Counts: 64 lines starting '**' (grep), each followed by an '*...' author line and a venue line.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild13 import entry, read_lines, write_truth

NAME = "weihaox__awesome-neural-rendering__docs__LIGHT-REFLECTANCE-ILLUMINANCE-AND-SHADE@d20b3fb.md"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    for i, text in enumerate(LINES, 1):
        if not text.startswith("**"):
            continue
        m = re.fullmatch(r"\*\*(.+?)\.?\*\*<br>\s*", text)
        assert m, i
        assert LINES[i].startswith("*") and "<br" in LINES[i], i
        assert re.match(r"[A-Za-z&() ]+ \d{4}\)?\.", LINES[i + 1]), i
        assert i + 2 > len(LINES) - 1 or not LINES[i + 2].strip(), i
        papers.append(entry(LINES, i, i + 2, m.group(1)))
    assert len(papers) == 64, len(papers)
    write_truth(NAME, "wild13_development", papers,
                "every '**Title.**<br>' / '*Authors.*<br>' / 'Venue Year. [[PDF](url)] ...' block is an entry on its three"
                " lines, title = the bold text without its closing period",
                "64 bold lines by grep, each block's three-line shape asserted, every title against the file (the"
                " ones ending '?' or with ':' kept), the link-less block at 183, arXiv abs/pdf ids and the ACM DL DOI")


if __name__ == "__main__":
    main()
