"""Open truth (batch 2) for chanwutk/ucbhciprelim papers.md (at 7beb8bf, the last commit with a plain list):
the Berkeley HCI prelim reading list, one bullet per reading under decade headings.

Author-first ACM / APA / free-form references with the title in bold (once first, once quoted
'**"As We May Think,"**'); DOIs as bare text ('DOI: 10.1207/...', 'DOI=http://dx.doi.org/...').
Books, chapters of books (monographs, a handbook, an edited collection, an encyclopedia), a web
article (Nielsen's heuristics) and an essay (Viegas and Wattenberg, published on Medium) are
readings but not papers: not entries.
"""
import re

from _open import Open

NAME = "chanwutk__ucbhciprelim__papers@7beb8bf.md"

#: Bullets that are books, book chapters, a web article or an essay (line: what it is).
NOT_PAPERS = {
    12: "chapter 2 of Card, Moran and Newell's book",
    24: "Nielsen's web article on heuristic evaluation",
    25: "chapter 3 of Beyer and Holtzblatt's book",
    28: "chapter 1 of Card and Mackinlay's book of readings",
    34: "Pirolli's chapter in Carroll's edited book",
    40: "Martin's textbook",
    51: "chapter 1 of Hearst's book",
    54: "Hinckley and Wigdor's chapter in the HCI Handbook",
    57: "chapter 1 of Norman's book",
    60: "Viegas and Wattenberg's essay (annual book / Medium)",
    63: "Stappers and Giaccardi's chapter in the Encyclopedia of HCI",
    69: "chapter 1 of Monarch's book",
}


def main() -> None:
    t = Open(NAME)
    for i, text in enumerate(t.lines, 1):
        if not text.startswith("- ") or i in NOT_PAPERS:
            continue
        m = re.search(r"\*\*(.+?)\*\*", text)
        assert m, i
        title = m.group(1).strip().strip('"').strip()
        title = re.sub(r"[.,]$", "", title).strip().strip('"')
        t.add(i, i, title)
    t.write("every '- ' reading bullet is an entry except books, book chapters (also of edited books and"
            " handbooks), Nielsen's web article and Viegas and Wattenberg's essay (12 bullets); title = the first"
            " bold span without quotes and a closing separator",
            "all 45 bullets, one by one: the 33 entries' bold titles and DOIs, and the 12 bullets left out")


if __name__ == "__main__":
    main()
